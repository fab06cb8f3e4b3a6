<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ClearGround</name>
    <message>
        <location filename="../core/angles.py" line="86"/>
        <source>{what} is empty</source>
        <translation>Поле {what} пустое</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="88"/>
        <location filename="../core/traverse.py" line="292"/>
        <source>unit '{unit}' is not one of deg, mil6400, mil6000</source>
        <translation>единица измерения «{unit}» не входит в число deg, mil6400, mil6000</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="92"/>
        <source>{what} '{text}' is written in Soviet mils (12-50 form) but the unit is {unit}</source>
        <translation>{what}: «{text}» записано в делениях угломера (форма 12-50), но указана единица {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="101"/>
        <location filename="../core/traverse.py" line="175"/>
        <source>{what} '{text}' is not a number</source>
        <translation>{what}: «{text}» не является числом</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="103"/>
        <source>{what} '{text}' is written in degrees but the unit is {unit}</source>
        <translation>{what}: «{text}» записано в градусах, но указана единица {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="107"/>
        <source>{what} '{text}' has minutes or seconds of 60 or more</source>
        <translation>{what}: «{text}» содержит минуты или секунды, равные 60 или больше</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="110"/>
        <source>{what} '{text}' is outside 0-{full:g} {unit}</source>
        <translation>{what}: «{text}» вне диапазона 0-{full:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="134"/>
        <location filename="../core/traverse.py" line="300"/>
        <source>north '{north}' is not one of grid, true, magnetic</source>
        <translation>направление на север «{north}» должно быть одним из значений grid (по сетке), true (истинное), magnetic (магнитное)</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>decimal degrees</source>
        <translation>десятичные градусы</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>degrees, minutes and seconds</source>
        <translation>градусы, минуты и секунды</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="40"/>
        <source>SK-42 Gauss-Kruger</source>
        <translation>СК-42 Гаусса–Крюгера</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="40"/>
        <source>projected x y</source>
        <translation>проекционные x y</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="64"/>
        <source>columns {columns} all look like {target}; {chosen} was taken: choose in the field mapping (e.g. {target}={other})</source>
        <translation>все столбцы {columns} похожи на {target}; взят {chosen}: выберите в сопоставлении полей (напр. {target}={other})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="161"/>
        <location filename="../core/report_columns.py" line="71"/>
        <location filename="../core/report_columns.py" line="80"/>
        <source>by its name '{column}'</source>
        <translation>по имени '{column}'</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="166"/>
        <source>by its name '{column}' and its values: {why}</source>
        <translation>по имени '{column}' и значениям: {why}</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="201"/>
        <source>{n} of {total} values are device categories ({examples})</source>
        <translation>{n} из {total} значений — категории взрывоопасных предметов ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="206"/>
        <source>{n} of {total} values are known mine models ({examples})</source>
        <translation>{n} из {total} значений — известные модели мин ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="211"/>
        <source>{n} of {total} values are point kinds</source>
        <translation>{n} из {total} значений — типы точек</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="215"/>
        <source>{n} of {total} values are dates</source>
        <translation>{n} из {total} значений — даты</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="221"/>
        <source>{n} of {total} values are coordinates ({notations})</source>
        <translation>{n} из {total} значений — координаты ({notations})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="227"/>
        <source>{n} of {total} values read as a {axis}</source>
        <translation>{n} из {total} значений читаются как {axis}</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="248"/>
        <source>its values repeat in runs ({distinct} values in {runs} runs over {n} rows)</source>
        <translation>его значения повторяются сериями ({distinct} значений в {runs} сериях на {n} строк)</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="266"/>
        <source>small whole numbers, none repeated within a record</source>
        <translation>небольшие целые числа без повторов в пределах формуляра</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="267"/>
        <source>small whole numbers, none repeated</source>
        <translation>небольшие целые числа без повторов</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="290"/>
        <source>its values do not repeat in runs, and those of '{rival}' do</source>
        <translation>его значения не повторяются сериями, а значения '{rival}' повторяются</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="91"/>
        <source>the coordinate is empty</source>
        <translation>координата не указана</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="106"/>
        <source>UTM zone {zone} in '{text}' is not 1-60</source>
        <translation>зона UTM {zone} в «{text}» не входит в диапазон 1-60</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="112"/>
        <source>'{text}' needs one easting (E) and one northing (N)</source>
        <translation>в '{text}' нужны одна восточная (E) и одна северная (N) координата</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="115"/>
        <source>UTM easting {value:,.0f} m in '{text}' is outside a zone (100,000-900,000 m)</source>
        <translation>восточная координата UTM {value:,.0f} м в '{text}' вне зоны (100,000-900,000 м)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="118"/>
        <source>UTM northing {value:,.0f} m in '{text}' is outside 0-10,000,000 m</source>
        <translation>северная координата UTM {value:,.0f} м в '{text}' вне 0-10,000,000 м</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="138"/>
        <source>'{text}' needs a latitude band or a hemisphere after the zone (e.g. 38T, 38 north)</source>
        <translation>в '{text}' после зоны нужна широтная полоса или полушарие (напр. 38T, 38 north)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="151"/>
        <source>'{zone}N' read as zone {zone} north (band N would be 0°-8°N)</source>
        <translation>'{zone}N' прочитано как зона {zone}, северное полушарие (полоса N — это 0°-8° с.ш.)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="154"/>
        <source>'{zone}S' read as zone {zone} south, not band S (32°N-40°N)</source>
        <translation>'{zone}S' прочитано как зона {zone}, южное полушарие, а не полоса S (32°-40° с.ш.)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="162"/>
        <source>'{text}': band {band} covers {low}-{high} but the northing lies near {lat}; check the band letter (or write the hemisphere: {zone} north / {zone} south)</source>
        <translation>'{text}': полоса {band} охватывает {low}-{high}, но северная координата лежит около {lat}; проверьте букву полосы (или укажите полушарие: {zone} north / {zone} south)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="182"/>
        <source>'{text}' needs one X and one Y</source>
        <translation>в «{text}» нужны одно значение X и одно значение Y</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="188"/>
        <source>SK-42 '{text}': Y has no zone number in front (zone 8 is written 8612345) and no Gauss-Kruger CRS is given</source>
        <translation>СК-42 «{text}»: перед Y нет номера зоны (зона 8 записывается как 8612345), и система координат Гаусса-Крюгера не указана</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="192"/>
        <source>SK-42 '{text}': Y says zone {zone} but the CRS is zone {given}</source>
        <translation>СК-42 «{text}»: Y указывает зону {zone}, а система координат — зону {given}</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="195"/>
        <source>SK-42 '{text}': Gauss-Kruger zone {zone} is not supported (4-32)</source>
        <translation>СК-42 «{text}»: зона Гаусса-Крюгера {zone} не поддерживается (4-32)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="212"/>
        <source>'{text}' is not a coordinate in any known notation (decimal degrees, DMS, UTM, MGRS, SK-42)</source>
        <translation>«{text}» не является координатой ни в одной известной записи (десятичные градусы, DMS, UTM, MGRS, СК-42)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="216"/>
        <location filename="../core/geotext.py" line="146"/>
        <location filename="../core/geotext.py" line="180"/>
        <location filename="../core/geotext.py" line="195"/>
        <source>'{text}' does not split into a latitude and a longitude</source>
        <translation>«{text}» не делится на широту и долготу</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="226"/>
        <source>'{text}' gives two latitudes or two longitudes</source>
        <translation>в «{text}» две широты или две долготы</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="240"/>
        <source>'{text}' is outside the range of latitude/longitude</source>
        <translation>«{text}» выходит за пределы допустимых широты/долготы</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="245"/>
        <source>latitude and longitude were swapped ({value:g} cannot be a latitude)</source>
        <translation>широта и долгота переставлены ({value:g} не может быть широтой)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="247"/>
        <source>{value:g} cannot be a latitude; read the other way round</source>
        <translation>{value:g} не может быть широтой; прочитано наоборот</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="252"/>
        <source>read longitude first (latitude first would not fit the other points)</source>
        <translation>прочитано сначала долгота (широта первой не сошлась бы с другими точками)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="258"/>
        <source>'{text}' looks like projected coordinates but no projected CRS is given (write the zone, e.g. '38T 612345 4432100', or set the CRS)</source>
        <translation>«{text}» похоже на прямоугольные координаты, но проекция не указана (запишите зону, например «38T 612345 4432100», или задайте систему координат)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="262"/>
        <source>read as X (northing) then Y (easting), the Gauss-Kruger order</source>
        <translation>прочитано в порядке Гаусса-Крюгера: сначала X (на север), затем Y (на восток)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="280"/>
        <source>the {axis} is empty</source>
        <translation>{axis} не указана</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="284"/>
        <source>{axis} {reason}</source>
        <translation>{axis}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="287"/>
        <source>{axis} '{text}' is not a number</source>
        <translation>{axis} «{text}» не является числом</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="290"/>
        <source>{axis} '{text}' has the hemisphere letter of the other axis</source>
        <translation>{axis} «{text}» содержит букву полушария другой оси</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="296"/>
        <location filename="../core/geotext.py" line="268"/>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="296"/>
        <location filename="../core/geotext.py" line="268"/>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="384"/>
        <source>'{text}' does not lie in {crs}'s area; it cannot be projected</source>
        <translation>«{text}» лежит вне области применения {crs}; перевести в эту проекцию нельзя</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as DATUM_TRANSFORM asks</source>
        <translation>как задано в DATUM_TRANSFORM</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as the project's transformations say</source>
        <translation>как указано в преобразованиях проекта</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="47"/>
        <source>the most local one for the area of the points</source>
        <translation>самое местное для района точек</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="49"/>
        <source>, accurate to {m:g} m</source>
        <translation>, точность {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="50"/>
        <source>{crs} converted to WGS 84 by {name}{code}{accuracy}, {how}; every point of the import by the same one</source>
        <translation>{crs} преобразована в WGS 84 через {name}{code}{accuracy}, {how}; все точки импорта — тем же преобразованием</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="81"/>
        <source>{n} points in {crs} lie outside the area of use of {name}; give DATUM_TRANSFORM if another transformation fits them better</source>
        <translation>{n} точек в {crs} лежат вне области применения {name}; задайте DATUM_TRANSFORM, если им лучше подходит другое преобразование</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="92"/>
        <source>the PROJ pipeline given</source>
        <translation>заданный конвейер PROJ</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="94"/>
        <source>the project's transformation</source>
        <translation>преобразование проекта</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="103"/>
        <source>DATUM_TRANSFORM {code} is not a transformation from {crs} to WGS 84; these are: {known}</source>
        <translation>DATUM_TRANSFORM {code} — не преобразование из {crs} в WGS 84; возможны: {known}</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="106"/>
        <source>PROJ knows no transformation from {crs} to WGS 84</source>
        <translation>PROJ не знает преобразования из {crs} в WGS 84</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="532"/>
        <source>the record as plotted</source>
        <translation>формуляр в том виде, как нанесён</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="533"/>
        <source>Soviet mils (6000) read as NATO mils (6400)</source>
        <translation>деления угломера (6000) прочитаны как натовские тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="534"/>
        <source>NATO mils (6400) read as Soviet mils (6000)</source>
        <translation>натовские тысячные (6400) прочитаны как деления угломера (6000)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="535"/>
        <source>magnetic declination applied with the wrong sign</source>
        <translation>магнитное склонение учтено с обратным знаком</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="536"/>
        <source>magnetic declination not applied</source>
        <translation>магнитное склонение не учтено</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="559"/>
        <source>no record id</source>
        <translation>нет идентификатора формуляра</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="562"/>
        <source>record id {id} appears twice; the first is used</source>
        <translation>идентификатор формуляра {id} встречается дважды; используется первый</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="569"/>
        <source>record {id} has no perimeter; only its mines are used</source>
        <translation>у формуляра {id} нет периметра; используются только его мины</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="606"/>
        <source>record id {id} is not among the records</source>
        <translation>идентификатора формуляра {id} нет среди формуляров</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="609"/>
        <location filename="../core/field_sync.py" line="107"/>
        <source>no position</source>
        <translation>нет местоположения</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="611"/>
        <source>unknown category {value}</source>
        <translation>неизвестная категория {value}</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="646"/>
        <source>find {id} has no position</source>
        <translation>у находки {id} нет местоположения</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="648"/>
        <source>find {id}: unknown category {value}; used only for post-clearance checks</source>
        <translation>находка {id}: неизвестная категория {value}; используется только для проверки находок после разминирования</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="672"/>
        <source>sector {id} has no geometry</source>
        <translation>у сектора {id} нет геометрии</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="927"/>
        <source>Record {record}: its finds match its mines after moving it {shift:.1f} m towards {bearing:.0f}°, rotating it {rotation:+.2f}° and scaling it by {scale:.3f}: the error falls from {before:.1f} m to {after:.1f} m over {matches} mines. Search for its remaining mines where the transform puts them.</source>
        <translation>Формуляр {record}: находки совпадают с его минами после сдвига на {shift:.1f} м по азимуту {bearing:.0f}°, поворота на {rotation:+.2f}° и масштабирования с коэффициентом {scale:.3f}; ошибка уменьшается с {before:.1f} м до {after:.1f} м по {matches} минам. Ищите оставшиеся мины там, куда их помещает это преобразование.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="947"/>
        <source>clearing sector {sector} decides</source>
        <translation>решит расчистка сектора {sector}</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="948"/>
        <source>more clearance next to the cleared ground decides</source>
        <translation>решит дальнейшая расчистка рядом с уже расчищенной землёй</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="949"/>
        <source>Record {record}: its finds fit its mines about equally well after moving it {shift:.1f} m towards {bearing:.0f}° or {rival_shift:.1f} m towards {rival_bearing:.0f}° (its rows repeat; evidence {best} against {runner}). No correction is made: {decides}.</source>
        <translation>Формуляр {record}: находки почти одинаково хорошо совпадают с его минами при сдвиге на {shift:.1f} м по азимуту {bearing:.0f}° и на {rival_shift:.1f} м по азимуту {rival_bearing:.0f}° (его ряды повторяются; доводы {best} против {runner}). Поправка не вносится: {decides}.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="985"/>
        <source>Most likely cause: {cause} ({matches} finds within {tolerance:.0f} m, error {rms:.1f} m).</source>
        <translation>Наиболее вероятная причина: {cause} ({matches} находок в пределах {tolerance:.0f} м, ошибка {rms:.1f} м).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1095"/>
        <source>and there is no minefield record to compare with</source>
        <translation>и сравнить не с чем: формуляров минных полей нет</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1097"/>
        <source>{distance:,.0f} m from the nearest minefield record ({record})</source>
        <translation>в {distance:,.0f} м от ближайшего формуляра минного поля ({record})</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1101"/>
        <source>Find {find}: {count} {category} mine(s) outside every minefield record, {where}: contamination no record describes.</source>
        <translation>Находка {find}: {count} мин(а) категории {category} вне всех формуляров минных полей, {where}: загрязнение, не описанное ни одним формуляром.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1109"/>
        <source>{count} mines ({detail}) in {finds} finds outside every minefield record, {where}: contamination no record describes.</source>
        <translation>{count} мин ({detail}) в {finds} находках вне всех формуляров минных полей, {where}: загрязнение, не описанное ни одним формуляром.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1163"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {missing:,} unaccounted.</source>
        <translation>Формуляр {record}: по формуляру {expected:,} мин категории {category}, после разминирования {percent}% площади найдено {observed:,}: {missing:,} не найдено.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1169"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {extra:,} more than recorded.</source>
        <translation>Формуляр {record}: по формуляру {expected:,} мин категории {category}, после разминирования {percent}% площади найдено {observed:,}: на {extra:,} больше, чем указано.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1181"/>
        <source>no category</source>
        <translation>без категории</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1185"/>
        <source>Record {record}: {observed:,} {category} mine(s) found, but the record mentions {listed} only.</source>
        <translation>Формуляр {record}: найдено {observed:,} мин(а) категории {category}, но в формуляре указано только {listed}.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1202"/>
        <source>Record {record}: {observed:,} mine(s) of model {model} found, which the record does not list ({listed}).</source>
        <translation>Формуляр {record}: найдено {observed:,} мин(а) типа {model}, которого нет в формуляре ({listed}).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>mine</source>
        <translation>мина</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source> (where the record's offset puts it)</source>
        <translation> (там, куда её помещает смещение формуляра)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m.</source>
        <translation>Формуляр {record}, мина {mine} ({what}){moved}: в очищенном секторе {sector}, но в пределах {tolerance:.0f} м ей не соответствует ни одна находка.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1218"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m (the nearest find, {distance:,.1f} m away, matches another mine).</source>
        <translation>Формуляр {record}, мина {mine} ({what}){moved}: в очищенном секторе {sector}, но в пределах {tolerance:.0f} м ей не соответствует ни одна находка (ближайшая находка, в {distance:,.1f} м, соответствует другой мине).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1220"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m; the nearest find is {distance:,.1f} m away.</source>
        <translation>Формуляр {record}, мина {mine} ({what}){moved}: в очищенном секторе {sector}, но в пределах {tolerance:.0f} м ей не соответствует ни одна находка; ближайшая находка в {distance:,.1f} м.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1279"/>
        <source>{count} find(s) have no date and cannot be checked for post-clearance finds</source>
        <translation>у {count} находок нет даты, и их нельзя проверить на находки после разминирования</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1301"/>
        <source>item</source>
        <translation>предмет</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1302"/>
        <source>Find {find} ({what}) on {date} in sector {sector}, marked {status} on {status_date}: post-clearance find.</source>
        <translation>Находка {find} ({what}) {date} в секторе {sector}, отмеченном как {status} {status_date}: находка после разминирования.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="59"/>
        <source>ENCODING '{name}' is not an encoding this system knows (e.g. UTF-8, CP1251)</source>
        <translation>ENCODING «{name}» — неизвестная системе кодировка (например, UTF-8, CP1251)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="89"/>
        <source>{what} is not {encoding} text (byte {offset}); set ENCODING to the file's own encoding</source>
        <translation>{what} не является текстом в {encoding} (байт {offset}); укажите в ENCODING собственную кодировку файла</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="97"/>
        <source>{what} starts as {encoding} text but is not (byte {offset})</source>
        <translation>{what} начинается как текст в {encoding}, но не является им (байт {offset})</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="106"/>
        <source>{what} was read as {encoding} (it has no byte order mark)</source>
        <translation>{what} прочитан как {encoding} (в нём нет метки порядка байтов)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="122"/>
        <source>{what} does not say its encoding; it was read as {encoding}. Set ENCODING if that is wrong.</source>
        <translation>{what} не указывает свою кодировку; прочитан как {encoding}. Если это неверно, задайте ENCODING.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="126"/>
        <source>{what} is not UTF-8 and does not read as {names}: set ENCODING to the file's encoding</source>
        <translation>{what} не в UTF-8 и не читается как {names}: укажите в ENCODING кодировку файла</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="128"/>
        <source>{what} is not UTF-8 and reads as text in {names} alike: set ENCODING to say which</source>
        <translation>{what} не в UTF-8 и одинаково читается как текст в {names}: укажите нужную в ENCODING</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="125"/>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="132"/>
        <source>date '{text}' does not exist (year {y}, month {m}, day {d})</source>
        <translation>даты '{text}' не существует (год {y}, месяц {m}, день {d})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="137"/>
        <source>date '{text}' is not a date ClearGround reads: write 12.03.2022 (day first) or 2022-03-12</source>
        <translation>дата '{text}' не читается ClearGround: пишите 12.03.2022 (сначала день) или 2022-03-12</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="144"/>
        <source>the two-digit year of '{text}' read as {y}</source>
        <translation>двузначный год в '{text}' прочитан как {y}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="149"/>
        <source>date '{text}' has no month {m}: dates are read day first (day.month.year); if it means {other}, write it {iso}</source>
        <translation>в дате '{text}' нет месяца {m}: даты читаются начиная с дня (день.месяц.год); если имеется в виду {other}, запишите её как {iso}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="152"/>
        <source>date '{text}' does not exist (day {d}, month {m}, year {y})</source>
        <translation>даты '{text}' не существует (день {d}, месяц {m}, год {y})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="156"/>
        <source>date '{text}' reads as {a} (day first) or {b} (month first), and this report writes other dates month first: write it as {a} or {b}</source>
        <translation>дата '{text}' читается как {a} (сначала день) или {b} (сначала месяц), а в этом отчёте другие даты записаны с месяцем в начале: запишите её как {a} или {b}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="159"/>
        <source>'{text}' read day first as {iso}</source>
        <translation>'{text}' прочитано как {iso} (день указан первым)</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="165"/>
        <source>date '{text}' ({iso}) lies in the future</source>
        <translation>дата '{text}' ({iso}) находится в будущем</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="181"/>
        <source>the category '{text}' is a model: read as model {model}</source>
        <translation>категория '{text}' является моделью: прочитано как модель {model}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="184"/>
        <source>category '{text}' is not a device category ClearGround knows ({known}) nor a model of its dictionary (resources/ordnance/models.csv)</source>
        <translation>категория '{text}' не является ни известной ClearGround категорией боеприпаса ({known}), ни моделью из его словаря (resources/ordnance/models.csv)</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="195"/>
        <location filename="../core/traverse.py" line="134"/>
        <source>no category, and the model '{model}' is not one whose category ClearGround knows (resources/ordnance/models.csv); give the category</source>
        <translation>нет категории, а категория модели '{model}' ClearGround неизвестна (resources/ordnance/models.csv); укажите категорию</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="197"/>
        <location filename="../core/traverse.py" line="136"/>
        <source>no category and no model: give the category (AP, AT, UXO, ...) or the model</source>
        <translation>нет категории и модели: укажите категорию (AP, AT, UXO, ...) или модель</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="200"/>
        <source>category {category} contradicts the model {model}, which is {implied}: correct one of them</source>
        <translation>категория {category} противоречит модели {model}, которая относится к {implied}: исправьте одно из них</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="217"/>
        <source>quantity '{text}' is not a whole number of at least 1</source>
        <translation>количество '{text}' не является целым числом не меньше 1</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="228"/>
        <source>depth '{text}' is not a number of centimetres</source>
        <translation>глубина '{text}' не является числом сантиметров</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="233"/>
        <source>depth '{text}': the unit '{unit}' is not cm or m</source>
        <translation>глубина '{text}': единица '{unit}' не является cm или m</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="235"/>
        <source>depth '{text}' is negative</source>
        <translation>глубина '{text}' отрицательна</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="245"/>
        <location filename="../core/field_finds.py" line="247"/>
        <location filename="../core/field_finds.py" line="292"/>
        <source>the find has no position</source>
        <translation>у находки нет местоположения</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="249"/>
        <source>latitude {lat} is beyond ±90</source>
        <translation>широта {lat} выходит за пределы ±90</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="251"/>
        <location filename="../core/minemap.py" line="621"/>
        <source>longitude {lon} is beyond ±180</source>
        <translation>долгота {lon} за пределами ±180</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="269"/>
        <source>{doubt}; correct the row</source>
        <translation>{doubt}; исправьте строку</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="284"/>
        <source>x '{x}' / y '{y}' is not a position</source>
        <translation>x '{x}' / y '{y}' не задают местоположение</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="286"/>
        <source>x/y coordinates need their projected CRS (e.g. EPSG:32638), not {crs}</source>
        <translation>для координат x/y нужна их проекционная CRS (напр. EPSG:32638), а не {crs}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="290"/>
        <location filename="../core/minemap.py" line="652"/>
        <source>x '{x}' / y '{y}' is not a position in {crs}</source>
        <translation>x «{x}» / y «{y}» не задают местоположение в {crs}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="371"/>
        <source>the find id {id} is already known</source>
        <translation>идентификатор находки {id} уже известен</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="373"/>
        <source>the uuid is that of find {id}, already known</source>
        <translation>uuid принадлежит уже известной находке {id}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="374"/>
        <source>find {id} has the same date and model {m:.2f} m away</source>
        <translation>находка {id} имеет ту же дату и модель и находится в {m:.2f} м</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="91"/>
        <source>An expression selection needs an expression after '='.</source>
        <translation>Для выбора по выражению нужно выражение после '='.</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="130"/>
        <source>This is not a ClearGround field package (its metadata names no package).</source>
        <translation>Это не полевой пакет ClearGround (в его метаданных не указан пакет).</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="133"/>
        <source>This field package was made by a newer ClearGround (format {version}); update the plugin.</source>
        <translation>Этот полевой пакет создан более новой версией ClearGround (формат {version}); обновите плагин.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>(no uuid, row {n})</source>
        <translation>(нет uuid, строка {n})</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>The find in row {n} of the package's finds ({where}) has no uuid; not merged.</source>
        <translation>У находки в строке {n} находок пакета ({where}) нет uuid; не объединена.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="88"/>
        <source>Already in the workspace: {reason}.</source>
        <translation>Уже есть в рабочем пространстве: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="97"/>
        <source>New find added.</source>
        <translation>Добавлена новая находка.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="109"/>
        <source>{place}, found {date}</source>
        <translation>{place}, найдена {date}</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="176"/>
        <source>The sector is no longer in the workspace; not applied.</source>
        <translation>Сектора больше нет в рабочем пространстве; не применено.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="181"/>
        <source>The workspace already holds this value.</source>
        <translation>В рабочем пространстве уже есть это значение.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="186"/>
        <source>Changed at the centre since the package was made (version {old} -&gt; {new}, by {user} at {time}); the centre's value is kept.</source>
        <translation>Изменено в центре после создания пакета (версия {old} -&gt; {new}, пользователь {user}, {time}); сохранено значение центра.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="188"/>
        <location filename="../ui/history.py" line="93"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="189"/>
        <source>unknown time</source>
        <translation>неизвестное время</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="203"/>
        <source>Taking a cleared sector out of 'cleared' needs a reason; mark it in the dock.</source>
        <translation>Чтобы снять с очищенного сектора статус 'очищен', нужна причина; укажите её на панели.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="209"/>
        <source>Applied from the field.</source>
        <translation>Применено по полевым данным.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="211"/>
        <source>Covered by the team's cleared lanes ({percent:.0f}%).</source>
        <translation>Покрыто очищенными проходами группы ({percent:.0f}%).</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="226"/>
        <source>team {team}, field package {package}</source>
        <translation>группа {team}, полевой пакет {package}</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="144"/>
        <source>field mapping '{part}' is not target=column</source>
        <translation>сопоставление полей «{part}» записано не в виде цель=столбец</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="147"/>
        <source>field mapping: '{target}' is not a field ClearGround reads (one of: {targets})</source>
        <translation>сопоставление полей: «{target}» — не поле, которое читает ClearGround (допустимы: {targets})</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="171"/>
        <source>field mapping: the input has no column '{column}' (for {target}); its columns are: {columns}</source>
        <translation>сопоставление полей: во входных данных нет столбца «{column}» (для {target}); есть столбцы: {columns}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="118"/>
        <location filename="../core/hazard_import.py" line="122"/>
        <source>given in the field mapping</source>
        <translation>задано в сопоставлении полей</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="125"/>
        <source>no position column found (coord, lat/lon or x/y): give one in the field mapping</source>
        <translation>не найден столбец местоположения (coord, lat/lon или x/y): укажите его в сопоставлении полей</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="130"/>
        <source>rows {rows} write their dates month first: dates of this report that read both ways are rejected, not guessed</source>
        <translation>в строках {rows} даты записаны с месяцем в начале: даты этого отчёта, читаемые двояко, отклоняются, а не угадываются</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="166"/>
        <source>the find id {id} is already known for a find {m:,.1f} m away: not overwritten; correct the id or the position</source>
        <translation>идентификатор находки {id} уже известен для находки в {m:,.1f} м отсюда: не перезаписан; исправьте идентификатор или местоположение</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="171"/>
        <source>duplicate: {why}</source>
        <translation>дубликат: {why}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="186"/>
        <location filename="../core/hazard_import.py" line="171"/>
        <source>{report}, row {row}</source>
        <translation>{report}, строка {row}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="224"/>
        <location filename="../core/hazard_import.py" line="148"/>
        <location filename="../core/minemap.py" line="835"/>
        <source>the feature has no geometry</source>
        <translation>у объекта нет геометрии</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="226"/>
        <source>the point does not lie on the globe (its CRS?)</source>
        <translation>точка не лежит на земном шаре (её CRS?)</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="227"/>
        <source>a MultiPoint of {n} points is not one find's position</source>
        <translation>MultiPoint из {n} точек не является положением одной находки</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="228"/>
        <source>a {kind} geometry is not a find's position</source>
        <translation>геометрия {kind} не является положением находки</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="30"/>
        <source>repaired through make_valid</source>
        <translation>исправлено через make_valid</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="31"/>
        <source>fewer than 3 vertices</source>
        <translation>менее 3 вершин</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="32"/>
        <source>consecutive vertices over 5 km apart</source>
        <translation>соседние вершины на расстоянии более 5 км</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="33"/>
        <source>crossing themselves beyond repair</source>
        <translation>неисправимые самопересечения</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="34"/>
        <source>of several parts</source>
        <translation>из нескольких частей</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="35"/>
        <source>duplicate polygons</source>
        <translation>дублирующиеся полигоны</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="36"/>
        <source>ids with spaces around them</source>
        <translation>идентификаторы с пробелами по краям</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="37"/>
        <source>without geometry</source>
        <translation>без геометрии</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="62"/>
        <source>Geometry checks (GICHD geocheck rules): {parts}.</source>
        <translation>Проверки геометрии (правила geocheck GICHD): {parts}.</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="76"/>
        <location filename="../core/traverse.py" line="465"/>
        <source>the perimeter has {n} separate parts; one record is one polygon</source>
        <translation>периметр состоит из {n} отдельных частей; один формуляр — один полигон</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="81"/>
        <location filename="../core/traverse.py" line="471"/>
        <source>a perimeter line was closed into a polygon</source>
        <translation>линия периметра замкнута в полигон</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="85"/>
        <location filename="../core/traverse.py" line="476"/>
        <source>the perimeter geometry is empty</source>
        <translation>геометрия периметра пуста</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="89"/>
        <location filename="../core/traverse.py" line="474"/>
        <source>a {kind} geometry is not a perimeter</source>
        <translation>геометрия {kind} не является периметром</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="99"/>
        <source>perimeter repaired through make_valid ({reason}): the polygon keeps the ground the ring encloses, {after:,.1f} m²</source>
        <translation>периметр исправлен через make_valid ({reason}): полигон сохраняет территорию, охватываемую контуром, {after:,.1f} м²</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="103"/>
        <source>the perimeter encloses no ground ({reason})</source>
        <translation>периметр не охватывает территории ({reason})</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="106"/>
        <source>the perimeter crosses itself ({reason}); make_valid would make {n} polygons of it ({areas}): one record is one polygon, so split it into records or correct its vertices</source>
        <translation>периметр самопересекается ({reason}); make_valid разделил бы его на {n} полигонов ({areas}): один формуляр — один полигон, поэтому разделите его на формуляры или исправьте вершины</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="89"/>
        <location filename="../core/geotext.py" line="97"/>
        <source>'{text}' is not a coordinate: '{part}' cannot be read</source>
        <translation>'{text}' — не координата: '{part}' не читается</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="109"/>
        <location filename="../core/geotext.py" line="111"/>
        <source>'{text}': a sign must stand before a number</source>
        <translation>'{text}': знак должен стоять перед числом</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="134"/>
        <source>'{text}' has a separator with nothing on one side</source>
        <translation>в '{text}' у разделителя с одной стороны ничего нет</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="165"/>
        <source>'{text}': cannot tell which numbers belong to which hemisphere</source>
        <translation>«{text}»: невозможно определить, какие числа относятся к какому полушарию</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="190"/>
        <source>'{text}': a hemisphere letter or label must stand before or after the numbers</source>
        <translation>'{text}': буква полушария или метка должна стоять до или после чисел</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="193"/>
        <source>'{text}': one part has two hemisphere letters or labels</source>
        <translation>'{text}': в одной части две буквы полушария или метки</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="197"/>
        <source>'{text}': a sign may stand only before the degrees</source>
        <translation>'{text}': знак может стоять только перед градусами</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="201"/>
        <source>'{text}': the hemisphere letter {letter} does not belong to a {axis}</source>
        <translation>'{text}': буква полушария {letter} не относится к величине «{axis}»</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="217"/>
        <source>'{text}': degrees with a fraction cannot be followed by minutes</source>
        <translation>«{text}»: после градусов с дробной частью не могут идти минуты</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="219"/>
        <source>'{text}': minutes with a fraction cannot be followed by seconds</source>
        <translation>'{text}': после минут с дробной частью не может быть секунд</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="221"/>
        <source>'{text}': minutes and seconds must be between 0 and 60</source>
        <translation>«{text}»: минуты и секунды должны быть от 0 до 60</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="224"/>
        <source>'{text}': the marks ° ' &quot; are out of order</source>
        <translation>'{text}': знаки ° ' &quot; стоят не по порядку</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="230"/>
        <source>'{text}': a minus sign and the hemisphere {letter} contradict each other</source>
        <translation>'{text}': знак минус и полушарие {letter} противоречат друг другу</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="234"/>
        <source>{axis} {value:g} in '{text}' is beyond ±{limit:g}</source>
        <translation>{axis} {value:g} в '{text}' за пределами ±{limit:g}</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="246"/>
        <source>'{text}': {digits} is neither degrees nor compact degrees-minutes-seconds</source>
        <translation>'{text}': {digits} — ни градусы, ни сжатая запись градусов-минут-секунд</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="157"/>
        <source>classification '{text}' is neither SHA (suspected) nor CHA (confirmed)</source>
        <translation>классификация '{text}' не является ни SHA (подозреваемый), ни CHA (подтверждённый)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="159"/>
        <source>no classification: give SHA (suspected) or CHA (confirmed)</source>
        <translation>нет классификации: укажите SHA (подозреваемый) или CHA (подтверждённый)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="163"/>
        <source>status '{text}' is not one ClearGround knows (open, worked_on, closed)</source>
        <translation>статус '{text}' неизвестен ClearGround (open, worked_on, closed)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="177"/>
        <source>hazard {id} is already known with another {what}: not overwritten; correct the workspace or the survey</source>
        <translation>опасный район {id} уже известен, но {what} отличается: не перезаписан; исправьте рабочее пространство или обследование</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="181"/>
        <source>duplicate: hazard {id} is already known, unchanged</source>
        <translation>дубликат: опасный район {id} уже известен, без изменений</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="186"/>
        <source>the same polygon as hazard {id}</source>
        <translation>тот же полигон, что и у опасного района {id}</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="206"/>
        <source>polygon</source>
        <translation>полигон</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Cleared</source>
        <translation>Очищен</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <source>Reduced (TS)</source>
        <translation>Сокращён (ТО — техническое обследование)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="14"/>
        <source>Cancelled (NTS)</source>
        <translation>Исключён (НТО — нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Manual</source>
        <translation>Ручной</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mechanical</source>
        <translation>Механизированный</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mine detection dog</source>
        <translation>Минно-розыскная собака</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Technical survey</source>
        <translation>Техническое обследование</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="18"/>
        <source>Non-technical survey</source>
        <translation>Нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Degrees</source>
        <translation>Градусы</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>NATO mils (6400)</source>
        <translation>Тысячные НАТО (6400)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Soviet mils (6000, 12-50)</source>
        <translation>Деления угломера (6000, 12-50)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>On the UTM grid</source>
        <translation>По сетке UTM</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>Along the longest edge</source>
        <translation>Вдоль самой длинной стороны</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Whole range</source>
        <translation>Весь диапазон</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="80"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="109"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="109"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../core/labels.py" line="26"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Scattered</source>
        <translation>Разбросанное</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Nuisance</source>
        <translation>Беспокоящее</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Remotely delivered</source>
        <translation>Дистанционного минирования</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="94"/>
        <location filename="../ui/mark_form.py" line="70"/>
        <location filename="../ui/tabs/discrepancies.py" line="85"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="102"/>
        <location filename="../ui/mark_form.py" line="73"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="100"/>
        <location filename="../processing/algorithms/package_field.py" line="60"/>
        <location filename="../ui/mark_form.py" line="72"/>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Team</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Depth (cm)</source>
        <translation>Глубина (см)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Record / hazard</source>
        <translation>Формуляр / опасный район</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/import_dialog.py" line="49"/>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>Record</source>
        <translation>Формуляр</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <location filename="../core/labels.py" line="47"/>
        <location filename="../core/report.py" line="341"/>
        <location filename="../core/report.py" line="354"/>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <source>Hazard area</source>
        <translation>Опасный район</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AP mines recorded</source>
        <translation>Учтено мин AP</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AT mines recorded</source>
        <translation>Учтено мин AT</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <source>Type of record</source>
        <translation>Тип формуляра</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="49"/>
        <location filename="../ui/tabs/records.py" line="53"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="49"/>
        <location filename="../processing/field_project.py" line="161"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="47"/>
        <source>Date laid</source>
        <translation>Дата минирования</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <location filename="../core/labels.py" line="48"/>
        <source>Mine models</source>
        <translation>Модели мин</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed at</source>
        <translation>Время изменения</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="48"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="50"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Record number</source>
        <translation>Номер формуляра</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Point number</source>
        <translation>Номер точки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Kind of point (landmark, turning point, mine)</source>
        <translation>Вид точки (ориентир, поворотная точка, мина)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Measured from point</source>
        <translation>Отсчёт от точки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Angle unit</source>
        <translation>Единица углов</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>North reference</source>
        <translation>Тип севера</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinates (one column)</source>
        <translation>Координаты (один столбец)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinate system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Device category (AP, AT…)</source>
        <translation>Категория устройства (AP, AT…)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Mine model</source>
        <translation>Модель мины</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Number of mines</source>
        <translation>Число мин</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Spacing of the mines (m)</source>
        <translation>Расстояние между минами (м)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Magnetic declination (°)</source>
        <translation>Магнитное склонение (°)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>X / easting</source>
        <translation>X / восточная координата</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Y / northing</source>
        <translation>Y / северная координата</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Mine number</source>
        <translation>Номер мины</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Source document</source>
        <translation>Исходный документ</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Type of minefield</source>
        <translation>Тип минного поля</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="49"/>
        <source>Record numbers made from (field)</source>
        <translation>Номера формуляров из (поле)</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="56"/>
        <source>Status must be one of: {values}.</source>
        <translation>Статус должен быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="58"/>
        <source>Method must be one of: {values}.</source>
        <translation>Способ должен быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="60"/>
        <source>Depth must be between 0 and 10000 cm.</source>
        <translation>Глубина должна быть от 0 до 10000 см.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="161"/>
        <source>Give a reason to take a sector out of 'cleared'.</source>
        <translation>Укажите причину, чтобы снять с сектора статус «очищен».</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="113"/>
        <source>latitude {lat:g} is in a polar (UPS) area</source>
        <translation>широта {lat:g} находится в полярной (UPS) области</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="159"/>
        <source>MGRS precision {precision} is not 0-5</source>
        <translation>точность MGRS {precision} не входит в диапазон 0-5</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="162"/>
        <source>latitude {lat:g} is not between -90 and 90</source>
        <translation>широта {lat:g} не лежит между -90 и 90</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="164"/>
        <source>longitude {lon:g} is not between -180 and 360</source>
        <translation>долгота {lon:g} не лежит между -180 и 360</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="173"/>
        <source>longitude {lon:g} lies outside UTM zone {zone}</source>
        <translation>долгота {lon:g} лежит за пределами зоны UTM {zone}</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="221"/>
        <source>'{text}' is a polar (UPS) MGRS reference; only UTM areas (80°S-84°N) are supported</source>
        <translation>«{text}» — полярная (UPS) ссылка MGRS; поддерживаются только зоны UTM (80° ю. ш. — 84° с. ш.)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="224"/>
        <source>MGRS '{text}' has no zone number (1-60) before the band letter</source>
        <translation>в MGRS «{text}» нет номера зоны (1-60) перед буквой пояса</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="227"/>
        <source>MGRS zone {zone} in '{text}' is not 1-60</source>
        <translation>зона MGRS {zone} в «{text}» не входит в диапазон 1-60</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="230"/>
        <source>MGRS '{text}': the letter {letter} is not used in MGRS (I and O never are)</source>
        <translation>MGRS «{text}»: буква {letter} в MGRS не используется (I и O не используются никогда)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="236"/>
        <source>MGRS '{text}': column letter {letter} does not exist in zone {zone} (its columns are {first}-{last})</source>
        <translation>MGRS «{text}»: буквы столбца {letter} нет в зоне {zone} (её столбцы — {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="240"/>
        <source>MGRS '{text}': row letter {letter} does not exist (rows are A-V)</source>
        <translation>MGRS «{text}»: буквы строки {letter} не существует (строки — A-V)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="243"/>
        <source>MGRS '{text}': zone {zone} does not exist in band X (over Svalbard, zones 31, 33, 35 and 37 are widened to replace zones 32, 34 and 36)</source>
        <translation>MGRS «{text}»: зоны {zone} нет в поясе X (над Шпицбергеном зоны 31, 33, 35 и 37 расширены и заменяют зоны 32, 34 и 36)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="259"/>
        <source>MGRS '{text}': write the easting and northing as one group of digits or as two</source>
        <translation>MGRS «{text}»: запишите восточную и северную координаты одной группой цифр или двумя</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="264"/>
        <source>MGRS '{text}' needs the same number of easting and northing digits (at most 5)</source>
        <translation>в MGRS «{text}» должно быть одинаковое число цифр восточной и северной координат (не более 5)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="269"/>
        <source>MGRS '{text}' has an odd number of digits</source>
        <translation>в MGRS «{text}» нечётное число цифр</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="271"/>
        <source>MGRS '{text}' has more than 5 digits each for easting and northing</source>
        <translation>в MGRS «{text}» больше 5 цифр на каждую из восточной и северной координат</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="281"/>
        <source>MGRS '{text}' lies north of 84.5°N, beyond the UTM part of MGRS</source>
        <translation>MGRS «{text}» лежит севернее 84,5° с. ш., за пределами части MGRS на основе UTM</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="375"/>
        <source>MGRS '{text}': zone {zone} does not exist in band {band}</source>
        <translation>MGRS «{text}»: зоны {zone} нет в поясе {band}</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="384"/>
        <source>MGRS '{text}': column {letter} lies outside zone {zone} in band {band} ({area}; its columns there are {first}-{last})</source>
        <translation>MGRS «{text}»: столбец {letter} лежит вне зоны {zone} в поясе {band} ({area}; её столбцы там — {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="391"/>
        <source>MGRS '{text}': row {letter} lies outside band {band} in zone {zone} ({area}; its rows there are {first} to {last}, south to north)</source>
        <translation>MGRS «{text}»: строка {letter} лежит вне пояса {band} в зоне {zone} ({area}; его строки там — от {first} до {last}, с юга на север)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="394"/>
        <source>MGRS '{text}': square {square} lies outside zone {zone} in band {band} ({area})</source>
        <translation>MGRS «{text}»: квадрат {square} лежит вне зоны {zone} в поясе {band} ({area})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="155"/>
        <source>{target} = '{column}' (set by the field mapping)</source>
        <translation>{target} = '{column}' (задано сопоставлением полей)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="158"/>
        <source>{target} = '{column}' ({why}; e.g. {samples})</source>
        <translation>{target} = '{column}' ({why}; напр. {samples})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="161"/>
        <location filename="../ui/import_dialog.py" line="232"/>
        <source>'{column}' is named like {target}, but {why}</source>
        <translation>'{column}' назван как {target}, но {why}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="249"/>
        <location filename="../core/minemap.py" line="331"/>
        <location filename="../processing/algorithms/import_finds.py" line="177"/>
        <location filename="../processing/algorithms/import_finds.py" line="179"/>
        <location filename="../processing/algorithms/import_hazards.py" line="135"/>
        <location filename="../ui/tabs/records.py" line="251"/>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="282"/>
        <source>the geometry has a point at longitude {x:g}, latitude {y:g}, off the globe: the file's coordinates are not in {crs}, or are swapped</source>
        <translation>у геометрии есть точка с долготой {x:g} и широтой {y:g} вне земного шара: координаты файла не в {crs} или переставлены</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="292"/>
        <source>{name} has {count} columns named '{header}' ({columns}): say which one is {target} with the field mapping, e.g. {target}={column}</source>
        <translation>В {name} столбцов с именем «{header}»: {count} ({columns}); укажите в сопоставлении полей, какой из них {target}, например {target}={column}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="307"/>
        <source>cannot tell what {name} holds: it needs a 'kind' column (a traverse), coordinates (lat and lon, x and y, or coord: mine points) or geometries. Its columns are: {columns}. Set the field mapping.</source>
        <translation>невозможно понять, что содержит {name}: нужен столбец 'kind' (ход), координаты (lat и lon, x и y или coord: точки мин) или геометрия. Его столбцы: {columns}. Задайте сопоставление полей.</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="367"/>
        <source>laid_date '{text}' is not a date (kept in raw)</source>
        <translation>laid_date «{text}» не является датой (сохранено в raw)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="372"/>
        <source>{field} '{text}' is not one of {allowed} (set to unknown)</source>
        <translation>{field} «{text}» не входит в число {allowed} (установлено unknown)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="382"/>
        <source>{field} '{text}' is not a number (counted from the mines)</source>
        <translation>{field} «{text}» не является числом (подсчитано по минам)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="394"/>
        <source>the record states {stated} {cat} mines; its rows and mines hold {found}</source>
        <translation>в формуляре указано {stated} мин категории {cat}; в его рядах и минах — {found}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="412"/>
        <source>record_id '{text}' had spaces around it; they were removed</source>
        <translation>в record_id «{text}» были пробелы по краям; они удалены</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="444"/>
        <location filename="../core/minemap.py" line="551"/>
        <source>record_id is empty</source>
        <translation>record_id не указан</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="454"/>
        <location filename="../core/minemap.py" line="871"/>
        <source>record '{record}' is already in the workspace</source>
        <translation>формуляр «{record}» уже есть в рабочей области</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="476"/>
        <source>record '{record}' has no perimeter and no mines</source>
        <translation>у формуляра «{record}» нет ни периметра, ни мин</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="482"/>
        <source>no perimeter in the record: the hull of its mines widened by {m:g} m</source>
        <translation>в формуляре нет периметра: взята выпуклая оболочка его мин, расширенная на {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="501"/>
        <source>record '{record}' lies outside the expected area</source>
        <translation>формуляр «{record}» лежит вне ожидаемого района</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="511"/>
        <source>a mine of this row lies outside the expected area</source>
        <translation>мина этого ряда лежит вне ожидаемого района</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="526"/>
        <source>the file has no record_id column: all its mines belong to record '{record}'</source>
        <translation>в файле нет столбца record_id: все его мины относятся к формуляру «{record}»</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="572"/>
        <source>{reading} (only so does it lie in the expected area)</source>
        <translation>{reading} (только так точка лежит в ожидаемом районе)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="575"/>
        <location filename="../core/minemap.py" line="935"/>
        <source>the point lies outside the expected area</source>
        <translation>точка лежит вне ожидаемого района</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="581"/>
        <location filename="../core/traverse.py" line="268"/>
        <location filename="../processing/algorithms/import_finds.py" line="165"/>
        <source>row {row}: {note}</source>
        <translation>строка {row}: {note}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="613"/>
        <source>latitude and longitude were swapped ({lat} cannot be a latitude)</source>
        <translation>широта и долгота переставлены ({lat} не может быть широтой)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="615"/>
        <source>latitude {lat} is beyond ±90; read the other way round</source>
        <translation>широта {lat} за пределами ±90; прочитано наоборот</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="623"/>
        <source>latitude {lat} is beyond ±90, and longitude {lon} cannot be a latitude either</source>
        <translation>широта {lat} за пределами ±90, и долгота {lon} тоже не может быть широтой</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="626"/>
        <source>latitude '{lat}' / longitude '{lon}' is not a position</source>
        <translation>широта «{lat}» / долгота «{lon}» не задают местоположение</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="631"/>
        <source>latitude and longitude were swapped in this row (so it lies with the record's other mines)</source>
        <translation>в этой строке широта и долгота переставлены (так точка лежит рядом с другими минами формуляра)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="638"/>
        <source>the file gives x/y coordinates; set CRS to their projected CRS (e.g. EPSG:32638 or EPSG:28408), not {crs}</source>
        <translation>в файле координаты x/y; задайте в CRS их прямоугольную систему координат (например, EPSG:32638 или EPSG:28408), а не {crs}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="687"/>
        <source>'{text}' cannot be projected from {crs}</source>
        <translation>«{text}» нельзя перевести из {crs}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="726"/>
        <source>{doubt}, but nothing confirms that reading: record '{record}' has no other mines to compare it with; correct the row or give the expected area</source>
        <translation>{doubt}, но ничто не подтверждает это прочтение: у формуляра '{record}' нет других мин для сравнения; исправьте строку или задайте ожидаемый район</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="731"/>
        <source>{doubt}, but so it lies {km:,.1f} km from the other mines of record '{record}'; correct the row</source>
        <translation>{doubt}, но тогда точка лежит в {km:,.1f} км от других мин формуляра '{record}'; исправьте строку</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="736"/>
        <source>the point lies {km:,.1f} km from the other {n} mines of record '{record}' (farther than {reach:,.1f} km), and no other reading of it lies with them; correct the row</source>
        <translation>точка лежит в {km:,.1f} км от других {n} мин формуляра '{record}' (дальше {reach:,.1f} км), и иное её прочтение тоже не рядом с ними; исправьте строку</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="746"/>
        <source> (read as written: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away</source>
        <translation> (при чтении как записано: широта {lat:.6f}, долгота {lon:.6f}, на расстоянии {km:,.1f} км</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="749"/>
        <source>; its other reading: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away)</source>
        <translation>; другое прочтение: широта {lat:.6f}, долгота {lon:.6f}, на расстоянии {km:,.1f} км)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="752"/>
        <source>; the text has no other reading)</source>
        <translation>; иного прочтения текст не допускает)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="780"/>
        <source>... and {n} more rows with notes</source>
        <translation>... и ещё {n} строк с примечаниями</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="782"/>
        <source>no perimeter in the file: the hull of its {n} mines widened by {m:g} m</source>
        <translation>в файле нет периметра: взята выпуклая оболочка его {n} мин, расширенная на {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="786"/>
        <source>{field} differs between row {row_a} ('{a}') and row {row_b} ('{b}'); the first was kept, both rows are in raw</source>
        <translation>{field} различается в строке {row_a} («{a}») и строке {row_b} («{b}»); сохранено первое значение, обе строки есть в raw</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="844"/>
        <source>a {kind} is neither a perimeter nor a mine</source>
        <translation>{kind} — не периметр и не мина</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="867"/>
        <source>record_id '{record}' is used again (first on row {row})</source>
        <translation>record_id «{record}» используется повторно (впервые в строке {row})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="885"/>
        <source>the same polygon as row {row} (a duplicate polygon)</source>
        <translation>тот же полигон, что и в строке {row} (дубликат полигона)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="891"/>
        <source>the perimeter lies outside the expected area</source>
        <translation>периметр лежит вне ожидаемого района</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="922"/>
        <location filename="../core/minemap.py" line="974"/>
        <source>a multipoint of {n} points: one mine is one point</source>
        <translation>мультиточка из {n} точек: одна мина — одна точка</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="932"/>
        <source>the mine has no record_id and lies in no single perimeter of the file</source>
        <translation>у мины нет record_id, и она не лежит внутри ровно одного периметра файла</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="947"/>
        <source>its record '{record}' was rejected (row {row})</source>
        <translation>её формуляр «{record}» отклонён (строка {row})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="948"/>
        <source>record '{record}' is not in this file nor in the workspace</source>
        <translation>формуляра «{record}» нет ни в этом файле, ни в рабочей области</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1004"/>
        <source>record_id made by ClearGround from {column} '{value}' and the feature's number among those with it (the file gives none)</source>
        <translation>record_id создан ClearGround из {column} '{value}' и номера объекта среди объектов с этим значением (в файле не указан)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1006"/>
        <source>record_id made by ClearGround from the file's name and the row number {row} (the file gives none)</source>
        <translation>record_id создан ClearGround из имени файла и номера строки {row} (в файле не указан)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1012"/>
        <source>{n} records had no record_id: each was given {column} and its number among the features with that value (e.g. MS-12-3), else the file's name and its row (see each record's notes)</source>
        <translation>Формуляров без record_id: {n}; каждому присвоены {column} и его номер среди объектов с этим значением (напр. MS-12-3), иначе — имя файла и номер строки (см. примечания к каждому формуляру)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1015"/>
        <source>{n} records had no record_id: each was given the file's name and its row number (e.g. {example}); set id_prefix in the field mapping to build them from a field</source>
        <translation>Формуляров без record_id: {n}; каждому присвоены имя файла и номер строки (напр. {example}); задайте id_prefix в сопоставлении полей, чтобы формировать их из поля</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="89"/>
        <source>Finds outside every record</source>
        <translation>Находки вне всех формуляров</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="90"/>
        <location filename="../ui/tabs/discrepancies.py" line="73"/>
        <source>Missing mines</source>
        <translation>Недостающие мины</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="91"/>
        <location filename="../ui/tabs/discrepancies.py" line="74"/>
        <source>Surplus mines</source>
        <translation>Лишние мины</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="92"/>
        <location filename="../ui/tabs/discrepancies.py" line="75"/>
        <source>Type mismatch</source>
        <translation>Несовпадение типа</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="93"/>
        <source>Recorded mine not found</source>
        <translation>Мина по формуляру не найдена</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="94"/>
        <location filename="../ui/tabs/discrepancies.py" line="77"/>
        <source>Systematic offset</source>
        <translation>Систематическое смещение</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="95"/>
        <location filename="../ui/tabs/discrepancies.py" line="78"/>
        <source>Post-clearance find</source>
        <translation>Находка после разминирования</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="128"/>
        <source>Before {period}</source>
        <translation>До {period}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="138"/>
        <source>{n} other districts</source>
        <translation>другие районы ({n})</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="173"/>
        <location filename="../core/report.py" line="180"/>
        <location filename="../core/report.py" line="341"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <location filename="../ui/tabs/tally.py" line="379"/>
        <location filename="../workspace/report_layout.py" line="362"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="182"/>
        <source>Outside these districts</source>
        <translation>Вне этих районов</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="189"/>
        <source>National summary</source>
        <translation>Сводка по стране</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="199"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="201"/>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="203"/>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="204"/>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="209"/>
        <source>{total} explosive items found</source>
        <translation>Обнаружено взрывоопасных предметов: {total}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="221"/>
        <source>Land released: {total} ha</source>
        <translation>Высвобождено земель: {total} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="222"/>
        <source>cleared {cleared} ha · reduced {reduced} ha · cancelled {cancelled} ha</source>
        <translation>очищено {cleared} га · сокращено {reduced} га · исключено {cancelled} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="225"/>
        <source>Remaining in sectors not yet released: {remaining} ha</source>
        <translation>Осталось в ещё не высвобожденных секторах: {remaining} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="244"/>
        <source>{n} open: {detail}</source>
        <translation>открыто {n}: {detail}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="263"/>
        <source>No open high-severity discrepancies.</source>
        <translation>Открытых расхождений высокой важности нет.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="265"/>
        <source>{n} open high-severity discrepancies in all.</source>
        <translation>Всего открытых расхождений высокой важности: {n}.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="267"/>
        <source>{n} more open high-severity discrepancies: see the discrepancies layer.</source>
        <translation>Ещё открытых расхождений высокой важности: {n}; см. слой расхождений.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="314"/>
        <source>No finds in the period</source>
        <translation>За период находок нет</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <location filename="../workspace/report_layout.py" line="362"/>
        <source>Cleared ha</source>
        <translation>Очищено, га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <source>Reduced ha</source>
        <translation>Сокращено, га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="348"/>
        <source>Cancelled ha</source>
        <translation>Исключено, га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="348"/>
        <location filename="../core/report.py" line="354"/>
        <location filename="../processing/algorithms/tally_finds.py" line="108"/>
        <location filename="../ui/tabs/tally.py" line="130"/>
        <location filename="../workspace/report_layout.py" line="360"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="349"/>
        <source>Generated</source>
        <translation>Сформировано</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="366"/>
        <source>Open high-severity discrepancies</source>
        <translation>Открытые расхождения высокой важности</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="93"/>
        <source>by its values, not its name: {why}</source>
        <translation>по значениям, а не по названию: {why}</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="102"/>
        <source>by its values: {why}</source>
        <translation>по значениям: {why}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="79"/>
        <location filename="../processing/algorithms/correct_record.py" line="88"/>
        <location filename="../processing/algorithms/district_report.py" line="404"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="146"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="106"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="210"/>
        <location filename="../processing/field_project.py" line="53"/>
        <source>Minefield records</source>
        <translation>Формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="90"/>
        <location filename="../processing/algorithms/correct_record.py" line="90"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="148"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="213"/>
        <source>Recorded mines</source>
        <translation>Мины по формулярам</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="101"/>
        <location filename="../processing/algorithms/district_report.py" line="404"/>
        <location filename="../processing/field_project.py" line="53"/>
        <source>Hazard areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="117"/>
        <location filename="../processing/algorithms/district_report.py" line="404"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="152"/>
        <location filename="../processing/algorithms/generate_sectors.py" line="88"/>
        <location filename="../processing/algorithms/generate_sectors.py" line="133"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="53"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="86"/>
        <location filename="../processing/field_project.py" line="52"/>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <location filename="../ui/tabs/sectors.py" line="71"/>
        <location filename="../ui/tabs/tally.py" line="129"/>
        <source>Sectors</source>
        <translation>Секторы</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="131"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="150"/>
        <location filename="../processing/algorithms/tally_finds.py" line="94"/>
        <location filename="../processing/field_project.py" line="52"/>
        <location filename="../ui/chart.py" line="56"/>
        <location filename="../ui/tabs/tally.py" line="123"/>
        <source>Finds</source>
        <translation>Находки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="150"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="176"/>
        <location filename="../ui/tabs/discrepancies.py" line="199"/>
        <source>Discrepancies</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="163"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="126"/>
        <source>({lon}, {lat}) is not a longitude/latitude in degrees.</source>
        <translation>({lon}, {lat}) — не долгота/широта в градусах.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="223"/>
        <source>the parent id is empty.</source>
        <translation>идентификатор родительского объекта пуст.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="224"/>
        <location filename="../core/sectors.py" line="288"/>
        <source>the geometry has no polygon area.</source>
        <translation>у геометрии нет площади полигона.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="253"/>
        <source>the cell size must be a positive number of metres, not {size}.</source>
        <translation>размер ячейки должен быть положительным числом метров, а не {size}.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="255"/>
        <source>orientation must be one of {values}, not {value}.</source>
        <translation>ориентация должна быть одной из: {values}, а не {value}.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="380"/>
        <source>{rows} x {cols} cells of {size:g} m would be needed (more than {limit:,}); choose a larger cell size.</source>
        <translation>понадобилось бы {rows} x {cols} ячеек по {size:g} м (больше {limit:,}); выберите больший размер ячейки.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="125"/>
        <source>category '{text}' is not a device category ClearGround knows (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER)</source>
        <translation>категория «{text}» не является известной ClearGround категорией ВОП (AP — противопехотная мина, AT — противотанковая мина, UXO — неразорвавшийся боеприпас, AXO — оставленный взрывоопасный боеприпас, SUBMUNITION — суббоеприпас, IED — самодельное взрывное устройство, OTHER — прочее)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>{what} '{text}' must be a number of at least {minimum:g}</source>
        <translation>{what}: «{text}» должно быть числом не меньше {minimum:g}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="192"/>
        <source>kind is empty (reference, turning, intermediate, row or mine)</source>
        <translation>kind не указан (reference — ориентир, turning — поворотная точка, intermediate — промежуточная точка, row — ряд мин или mine — отдельная мина)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="193"/>
        <source>kind '{kind}' is not one of reference, turning, intermediate, row, mine</source>
        <translation>kind «{kind}» не входит в число reference, turning, intermediate, row, mine</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="199"/>
        <source>point '{point}' appears twice in record '{record}' (rows {first} and {second})</source>
        <translation>точка «{point}» встречается в формуляре «{record}» дважды (строки {first} и {second})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="224"/>
        <source>from_point '{point}' is never placed (a loop of from_point references)</source>
        <translation>from_point «{point}» так и не получает координат (ссылки from_point замкнуты в цикл)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="265"/>
        <source>coord '{text}' cannot be projected from {crs}</source>
        <translation>coord «{text}» нельзя перевести из {crs}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="272"/>
        <source>neither coord nor from_point is given</source>
        <translation>не указаны ни coord, ни from_point</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="274"/>
        <location filename="../core/traverse.py" line="336"/>
        <source>from_point '{point}' was rejected (row {row})</source>
        <translation>from_point «{point}» отклонена (строка {row})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="277"/>
        <location filename="../core/traverse.py" line="339"/>
        <source>from_point '{point}' is not a point of record '{record}'</source>
        <translation>from_point «{point}» не является точкой формуляра «{record}»</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="281"/>
        <location filename="../core/traverse.py" line="345"/>
        <source>distance_m</source>
        <translation>distance_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="283"/>
        <source>distance_m is empty</source>
        <translation>distance_m не указано</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="295"/>
        <source>row {row}: bearing '{text}' read as Soviet mils (6000 to the circle)</source>
        <translation>строка {row}: азимут «{text}» прочитан в делениях угломера (6000 на окружность)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="303"/>
        <source>declination_deg</source>
        <translation>declination_deg</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="313"/>
        <source>a reference point needs coord</source>
        <translation>для ориентира нужна coord</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="334"/>
        <source>a row needs from_point (its start) or coord</source>
        <translation>для ряда мин нужна from_point (его начало) или coord</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="344"/>
        <source>distance_m (the length of the row) is empty</source>
        <translation>distance_m (длина ряда мин) не указано</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="349"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="351"/>
        <source>count '{text}' is not a whole number</source>
        <translation>count «{text}» не является целым числом</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="354"/>
        <source>spacing_m</source>
        <translation>spacing_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="356"/>
        <source>a row needs count or spacing_m</source>
        <translation>для ряда мин нужно count или spacing_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="359"/>
        <source>spacing_m must be more than 0 when count is not given</source>
        <translation>если count не указано, spacing_m должно быть больше 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="361"/>
        <source>spacing_m {spacing:g} is less than {least:g} m: no row lays mines that close</source>
        <translation>spacing_m {spacing:g} меньше {least:g} м: ни в одном ряду мины не ставят так близко</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="365"/>
        <source>a row of {count:,} mines is more than the {most:,} one row of a record can hold: check count, spacing_m and distance_m</source>
        <translation>ряд из {count:,} мин больше, чем {most:,}, которые может содержать один ряд записи: проверьте count, spacing_m и distance_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="370"/>
        <source>row {row}: {count} mines {spacing:g} m apart need {need:g} m; the row is {length:g} m long (placed as written)</source>
        <translation>строка {row}: для {count} мин с шагом {spacing:g} м нужно {need:g} м, а длина ряда {length:g} м (размещено как записано)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="392"/>
        <source>record '{record}' is rejected: its perimeter lacks row {rows} (see that row)</source>
        <translation>формуляр «{record}» отклонён: в его периметре не хватает строки {rows} (см. эту строку)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="399"/>
        <source>record '{record}' is rejected: {reason}</source>
        <translation>формуляр «{record}» отклонён: {reason}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="428"/>
        <source>vertex {label} repeats the one before it and was dropped</source>
        <translation>вершина {label} повторяет предыдущую и отброшена</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="436"/>
        <source>the perimeter has {n} distinct vertices; at least 3 are needed</source>
        <translation>у периметра {n} различных вершин; нужно не меньше 3</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="444"/>
        <source>vertices {a} and {b} are {km:.1f} km apart (more than {limit:g} km): a wrong bearing, distance or coordinate</source>
        <translation>вершины {a} и {b} находятся в {km:.1f} км друг от друга (больше {limit:g} км): ошибка в азимуте, расстоянии или координате</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="453"/>
        <source>perimeter repaired ({reason})</source>
        <translation>периметр исправлен ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="456"/>
        <source>the perimeter crosses itself ({reason})</source>
        <translation>периметр самопересекается ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="481"/>
        <source>the perimeter's holes make it invalid ({reason})</source>
        <translation>из-за дыр периметр некорректен ({reason})</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="37"/>
        <source>{package} is not installed; install {hint}.</source>
        <translation>{package} не установлен; установите {hint}.</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="46"/>
        <source>{package} {version} is too old (ClearGround needs {minimum} or newer); install {hint}.</source>
        <translation>{package} {version} слишком старый (ClearGround требуется версия {minimum} или новее); установите {hint}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="39"/>
        <source>ClearGround's algorithms are not available: {problems}</source>
        <translation>Алгоритмы ClearGround недоступны: {problems}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="52"/>
        <location filename="../ui/dock.py" line="37"/>
        <location filename="../ui/tabs/sectors.py" line="493"/>
        <source>ClearGround</source>
        <translation>ClearGround</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>What ClearGround needs…</source>
        <translation>Что нужно для ClearGround…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>ClearGround panel</source>
        <translation>Панель ClearGround</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="51"/>
        <location filename="../ui/mark_form.py" line="46"/>
        <source>Mark sectors</source>
        <translation>Отметить секторы</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Run discrepancy analysis</source>
        <translation>Запустить анализ расхождений</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <location filename="../ui/tabs/report.py" line="237"/>
        <source>Weekly report</source>
        <translation>Еженедельный отчёт</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74"/>
        <location filename="../ui/dock.py" line="159"/>
        <source>New workspace…</source>
        <translation>Новая рабочая область…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <location filename="../ui/dock.py" line="160"/>
        <source>Open workspace…</source>
        <translation>Открыть рабочую область…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="25"/>
        <source>Copy workspace between GeoPackage and PostGIS</source>
        <translation>Копировать рабочую область между GeoPackage и PostGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="26"/>
        <source>Copies a whole ClearGround workspace between a GeoPackage file and a schema of a PostgreSQL/PostGIS database, losing nothing: every layer, feature (with its id and order), attribute, geometry and the audit log. Fields added to a layer beyond the standard ones are copied too; other tables are listed in the log, not copied.

Direction 'GeoPackage to PostGIS': INPUT is the .gpkg file; the workspace is created in a NEW schema SCHEMA of the QGIS connection CONNECTION, in one transaction (on any error nothing is written). CREATE_ROLES also creates the schema's reader, editor and admin roles (needs a database administrator).

Direction 'PostGIS to GeoPackage': the workspace in SCHEMA of CONNECTION is written to the new file OUTPUT. An existing file or a schema that holds tables is never overwritten.

The connection is one of QGIS's own PostgreSQL connections; its credentials come from QGIS's authentication manager and are never stored by ClearGround.</source>
        <translation>Копирует всю рабочую область ClearGround между файлом GeoPackage и схемой базы данных PostgreSQL/PostGIS без потерь: все слои, объекты (с идентификаторами и порядком), атрибуты, геометрию и журнал изменений. Поля, добавленные в слой сверх стандартных, тоже копируются; другие таблицы перечисляются в журнале и не копируются.

Направление 'GeoPackage to PostGIS': INPUT — файл .gpkg; рабочая область создаётся в НОВОЙ схеме SCHEMA подключения QGIS CONNECTION в одной транзакции (при любой ошибке ничего не записывается). CREATE_ROLES также создаёт роли схемы reader, editor и admin (нужен администратор базы данных).

Направление 'PostGIS to GeoPackage': рабочая область из схемы SCHEMA подключения CONNECTION записывается в новый файл OUTPUT. Существующий файл или схема, в которой есть таблицы, никогда не перезаписываются.

Подключение — одно из собственных подключений PostgreSQL в QGIS; учётные данные берутся из менеджера аутентификации QGIS и никогда не сохраняются ClearGround.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>GeoPackage to PostGIS</source>
        <translation>Из GeoPackage в PostGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>PostGIS to GeoPackage</source>
        <translation>Из PostGIS в GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="52"/>
        <source>GeoPackage workspace to copy (GeoPackage to PostGIS)</source>
        <translation>Копируемая рабочая область GeoPackage (из GeoPackage в PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="54"/>
        <source>PostgreSQL connection</source>
        <translation>Подключение PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="57"/>
        <source>Schema (a new one for GeoPackage to PostGIS)</source>
        <translation>Схема (новая для направления из GeoPackage в PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="59"/>
        <source>Create the reader, editor and admin roles of the schema</source>
        <translation>Создать роли схемы reader, editor и admin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="61"/>
        <source>New GeoPackage workspace (PostGIS to GeoPackage)</source>
        <translation>Новая рабочая область GeoPackage (из PostGIS в GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="61"/>
        <location filename="../processing/algorithms/create_sample.py" line="48"/>
        <location filename="../processing/algorithms/create_workspace.py" line="25"/>
        <location filename="../processing/algorithms/sync_field.py" line="70"/>
        <location filename="../ui/dock.py" line="80"/>
        <location filename="../ui/dock.py" line="89"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="69"/>
        <source>Give the PostgreSQL schema of the workspace (SCHEMA).</source>
        <translation>Укажите схему PostgreSQL рабочей области (SCHEMA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="73"/>
        <source>Give the GeoPackage workspace to copy (INPUT).</source>
        <translation>Укажите копируемую рабочую область GeoPackage (INPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="75"/>
        <source>Give the new GeoPackage file to write (OUTPUT).</source>
        <translation>Укажите новый файл GeoPackage для записи (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="78"/>
        <source>The QGIS connection &quot;{name}&quot; keeps its password in plain settings; consider an authentication configuration instead.</source>
        <translation>Подключение QGIS «{name}» хранит пароль в открытом виде в настройках; лучше используйте конфигурацию аутентификации.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="88"/>
        <source>Roles: {reader} (read only), {editor} (marking, triage), {admin} (schema).</source>
        <translation>Роли: {reader} (только чтение), {editor} (отметка, разбор), {admin} (схема).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="100"/>
        <source>{layer}: {count} features copied.</source>
        <translation>{layer}: скопировано объектов: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="102"/>
        <source>{layer}: the additional field(s) {fields} were copied too.</source>
        <translation>{layer}: дополнительные поля {fields} тоже скопированы.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="105"/>
        <source>Not part of the workspace, so not copied: {layers}.</source>
        <translation>Не входят в рабочую область и потому не скопированы: {layers}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="58"/>
        <source>Correct records by their offsets</source>
        <translation>Исправить формуляры по их смещениям</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="60"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="94"/>
        <location filename="../processing/algorithms/tally_finds.py" line="54"/>
        <location filename="../ui/tabs/discrepancies.py" line="216"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="61"/>
        <source>Moves minefield records and their recorded mines by the transform that clearground:finddiscrepancies fitted from the finds (its OUTPUT_OFFSETS table), so that teams search where the mines really are.

Each record of OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) is turned about the centroid of its perimeter (the mean of its mines when it has none): scaled, rotated clockwise by rotation_deg, then shifted dx_m metres east and dy_m metres north, geodesically.

With SECTORS (optional), only the uncleared remainder is kept: the corrected perimeter minus the cleared sectors, and the corrected mines that do not fall in a cleared sector.

Outputs: OUTPUT_RECORDS and OUTPUT_MINES, the moved records and mines with all their fields; the original text and position are kept in raw (the original raw text, then a line 'original geometry: WKT'). Records without an offset row are left out and counted in the log.

Only records whose offset row has status fitted are moved: an ambiguous one (another transform explains its finds about as well) or one with too few finds is left out, each named in the log with why. INCLUDE_AMBIGUOUS moves the ambiguous ones too, by their best transform, and says so in their notes. An OFFSETS table without a status field (from an older run) is taken as fitted.</source>
        <translation>Сдвигает формуляры минных полей и их мины на преобразование, которое clearground:finddiscrepancies подобрал по находкам (его таблица OUTPUT_OFFSETS), чтобы расчёты искали мины там, где они на самом деле находятся.

Каждый формуляр из OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) преобразуется относительно центроида его периметра (при отсутствии периметра — среднего положения его мин): масштабируется, поворачивается по часовой стрелке на rotation_deg, затем геодезически сдвигается на dx_m метров к востоку и dy_m метров к северу.

С SECTORS (необязательно) сохраняется только неочищенный остаток: исправленный периметр за вычетом очищенных секторов и исправленные мины, не попадающие в очищенный сектор.

Результаты: OUTPUT_RECORDS и OUTPUT_MINES — сдвинутые формуляры и мины со всеми полями; исходный текст и положение сохраняются в raw (исходный текст raw, затем строка 'original geometry: WKT'). Формуляры без строки смещения исключаются и учитываются в журнале.

Сдвигаются только формуляры со статусом fitted в строке смещения: неоднозначный (другое преобразование почти так же объясняет его находки) или с недостаточным числом находок исключается, и каждый назван в журнале с причиной. INCLUDE_AMBIGUOUS сдвигает и неоднозначные — по их лучшему преобразованию — и отмечает это в их примечаниях. Таблица OFFSETS без поля status (от прежнего запуска) считается fitted.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="92"/>
        <source>Record offsets (from Find discrepancies)</source>
        <translation>Смещения формуляров (из «Найти расхождения»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="94"/>
        <source>Sectors (to keep only the uncleared remainder)</source>
        <translation>Секторы (чтобы оставить только неочищенный остаток)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="97"/>
        <source>Also move records whose fit is ambiguous</source>
        <translation>Сдвигать и формуляры с неоднозначной подгонкой</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="99"/>
        <source>Corrected records</source>
        <translation>Исправленные формуляры</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="101"/>
        <source>Corrected mines</source>
        <translation>Исправленные мины</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="122"/>
        <source>Record {id} is in OFFSETS but has neither a perimeter nor mines; nothing to move.</source>
        <translation>Формуляр {id} есть в OFFSETS, но у него нет ни периметра, ни мин; сдвигать нечего.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="156"/>
        <source>{count} record(s) have no offset row and were left out.</source>
        <translation>У {count} формуляров нет строки смещения; они исключены.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="183"/>
        <source>Recorded mine feature {fid} of record {id} has no position; left out.</source>
        <translation>У мины {fid} формуляра {id} нет местоположения; исключена.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="196"/>
        <source>Moved {records} record(s) and {mines} mine(s).</source>
        <translation>Сдвинуто формуляров: {records}, мин: {mines}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="199"/>
        <source>{count} recorded mine(s) belong to records without an offset row and were left out.</source>
        <translation>{count} учтённых мин относятся к формулярам без строки смещения и не включены.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="202"/>
        <source>{count} corrected mine(s) fall in cleared sectors and were left out.</source>
        <translation>{count} исправленных мин попадают в очищенные секторы и исключены.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="213"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="310"/>
        <source>{input} has no field {fields}.</source>
        <translation>В {input} нет поля {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="219"/>
        <source>moved by an ambiguous fit, as INCLUDE_AMBIGUOUS asked ({runner}): search here with care</source>
        <translation>сдвинуто по неоднозначной подгонке, как задано INCLUDE_AMBIGUOUS ({runner}): ищите здесь с осторожностью</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="231"/>
        <source>OFFSETS has no status field (an older run): every row is taken as fitted.</source>
        <translation>В OFFSETS нет поля status (прежний запуск): каждая строка считается fitted.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="237"/>
        <source>{id}: too few finds, or finds too close together, to place its mines; clearing more of it decides</source>
        <translation>{id}: слишком мало находок или они слишком близко друг к другу, чтобы определить положение её мин; решит дальнейшая очистка</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="241"/>
        <source>the runner-up moves it {dx} m east, {dy} m north</source>
        <translation>второй вариант сдвигает его на {dx} м на восток, {dy} м на север</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="244"/>
        <source>{id}: ambiguous ({runner}); clear more of it, or set INCLUDE_AMBIGUOUS</source>
        <translation>{id}: неоднозначно ({runner}); расчистите больше или задайте INCLUDE_AMBIGUOUS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="249"/>
        <source>{id}: status '{status}' is not one ClearGround writes</source>
        <translation>{id}: статус '{status}' ClearGround не записывает</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="253"/>
        <source>OFFSETS row {row} ({id}): record_id, dx_m, dy_m, rotation_deg and a positive scale are needed; row skipped.</source>
        <translation>Строка OFFSETS {row} ({id}): нужны record_id, dx_m, dy_m, rotation_deg и положительный scale; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="257"/>
        <source>OFFSETS row {row}: record {id} appears again; the first row is used.</source>
        <translation>Строка OFFSETS {row}: формуляр {id} встречается повторно; используется первая строка.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="262"/>
        <source>{count} record(s) left as they are:</source>
        <translation>{count} формуляр(ов) оставлены как есть:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="266"/>
        <source>  ... and {n} more</source>
        <translation>  ... и ещё {n}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="274"/>
        <source>SECTORS has no field status.</source>
        <translation>В SECTORS нет поля status.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="28"/>
        <source>Create sample workspace</source>
        <translation>Создать учебную рабочую область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="29"/>
        <source>Creates a new workspace filled with a plausible, made-up mine action scenario along the former line of contact in Tartar, Agdam, Khojavend, Fuzuli, Jabrayil and Zangilan districts: minefield records with their recorded mines, hazard areas, 25 m sectors in every status, and finds of 2021-2024. It holds on purpose the discrepancies that analysis must find: accurate records, records shifted by 30-150 m, records with missing mines, a cluster of unrecorded finds, scattered UXO and one post-clearance find. The log lists them.

Seed: the same seed always gives the same data. Scale: multiplies every count (1 gives about 60 records, 3,000 recorded mines, 2,500 finds and 3,000 sectors).

The districts are not copied into the workspace: use the district layer shipped with the plugin (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Place names: GeoNames (www.geonames.org), CC BY 4.0.

Output: the new .gpkg file. An existing file is never overwritten.</source>
        <translation>Создаёт новую рабочую область, заполненную правдоподобным вымышленным сценарием разминирования вдоль бывшей линии соприкосновения в Тертерском, Агдамском, Ходжавендском, Физулинском, Джебраильском и Зангиланском районах: формуляры минных полей с минами, опасные районы, секторы по 25 м во всех статусах и находки 2021-2024 годов. В нём намеренно заложены расхождения, которые должен найти анализ: точные формуляры, формуляры, смещённые на 30-150 м, формуляры с недостающими минами, скопление неучтённых находок, разбросанные НВБ и одна находка после разминирования. Журнал перечисляет их.

Seed: одно и то же значение всегда даёт одни и те же данные. Scale: умножает все количества (1 даёт около 60 формуляров, 3 000 мин по формулярам, 2 500 находок и 3 000 секторов).

Районы не копируются в рабочую область: используйте слой районов, поставляемый с модулем (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Названия населённых пунктов: GeoNames (www.geonames.org), CC BY 4.0.

Результат: новый файл .gpkg. Существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="48"/>
        <location filename="../processing/algorithms/create_workspace.py" line="25"/>
        <location filename="../processing/algorithms/district_report.py" line="121"/>
        <location filename="../processing/base.py" line="34"/>
        <location filename="../ui/dock.py" line="48"/>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="50"/>
        <source>Seed</source>
        <translation>Начальное значение (seed)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="52"/>
        <source>Scale (multiplies every count)</source>
        <translation>Масштаб (умножает все количества)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="68"/>
        <source>Cancelled; no workspace was created.</source>
        <translation>Отменено; рабочая область не создана.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="74"/>
        <source>The sample could not be written, no workspace was created: {error}</source>
        <translation>Не удалось записать учебные данные, рабочая область не создана: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="79"/>
        <source>Created sample workspace {path} (seed {seed}, scale {scale}).</source>
        <translation>Создана учебная рабочая область {path} (seed {seed}, масштаб {scale}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="82"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: объектов: {count}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="89"/>
        <source>Designed into the sample:</source>
        <translation>Намеренно заложено в учебные данные:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="91"/>
        <source>{count} accurate records: every mine found within 1-3 m of its recorded position</source>
        <translation>{count} точных формуляров: каждая мина найдена в 1-3 м от места по формуляру</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="92"/>
        <source>{count} shifted records: the mines lie 30-150 m from the record, moved and turned by one transform</source>
        <translation>{count} смещённых формуляров: мины лежат в 30-150 м от формуляра, сдвинуты и повёрнуты одним преобразованием</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="94"/>
        <source>{count} records with missing mines: fully cleared, fewer mines found than recorded</source>
        <translation>{count} формуляров с недостающими минами: полностью очищены, найдено меньше мин, чем по формуляру</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="95"/>
        <source>{count} records partly cleared</source>
        <translation>{count} формуляров очищены частично</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="96"/>
        <source>{count} records not yet worked</source>
        <translation>{count} формуляров ещё не в работе</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="100"/>
        <source>{count} unrecorded AP finds in clusters far from every record</source>
        <translation>{count} неучтённых находок AP скоплениями далеко от всех формуляров</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="102"/>
        <source>{count} UXO, AXO and submunition finds outside every hazard area</source>
        <translation>{count} находок НВБ, ОВБ и суббоеприпасов вне всех опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="105"/>
        <source>Post-clearance find {find} in sector {sector} (cleared {cleared}, found {found})</source>
        <translation>Находка после разминирования {find} в секторе {sector} (очищен {cleared}, найдена {found})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="14"/>
        <source>Create workspace</source>
        <translation>Создать рабочую область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="15"/>
        <source>Creates a new ClearGround workspace: one GeoPackage file holding every layer of schema v1 (minefield records, recorded mines, hazard areas, sectors, finds, discrepancies and the audit log), empty, with their fields, unique ids and allowed values. An existing file is never overwritten.

Output: the .gpkg file.</source>
        <translation>Создаёт новую рабочую область ClearGround: один файл GeoPackage со всеми слоями схемы v1 (формуляры минных полей, мины по формулярам, опасные районы, секторы, находки, расхождения и журнал изменений), пустыми, с их полями, уникальными идентификаторами и допустимыми значениями. Существующий файл никогда не перезаписывается.

Результат: файл .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="34"/>
        <source>Created workspace {path} (schema v{version}).</source>
        <translation>Создана рабочая область {path} (схема v{version}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="77"/>
        <source>Weekly district report (PDF)</source>
        <translation>Еженедельный отчёт по районам (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="79"/>
        <source>Reporting</source>
        <translation>Отчётность</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="80"/>
        <source>Writes the weekly report as a PDF built with a QGIS print layout and its atlas: a national summary page, then one page for every district that holds any minefield record, hazard area, sector or find.

Each page has a map of the district (hazard areas and records in IMAS colours, sectors by status, the finds of the period by category, the open discrepancy flags, a scale bar, a north arrow, a legend), the number of items found in the period per category, a table and a chart of the finds per period, the hectares cleared, reduced and cancelled in the period and the hectares still to release, and the open high-severity discrepancies with their messages.

Inputs: a ClearGround workspace (GeoPackage), or the layers themselves; a layer given here replaces the workspace's. TALLY takes the table of clearground:tallyfinds (run with the same districts, district field and dates); without it the tally is run here with PERIOD. DISCREPANCIES takes the flags of clearground:finddiscrepancies, else the workspace's discrepancies layer (its statuses are respected); when that is empty the analysis is run here. A record, hazard or sector belongs to the district holding a point inside it; a find or flag to the district holding it.

Dates: both ends included; empty means no limit. Hectares released are those of sectors whose status date falls in the period; remaining hectares are those of sectors not released by the end date.

TEMPLATE: a layout template (.qpt) saved from this report's layout (OUTPUT_TEMPLATE) and restyled in QGIS; its items are found by their ids (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: the same numbers as a web page. Fonts (DejaVu Sans) are embedded in the PDF.</source>
        <translation>Записывает еженедельный отчёт в PDF, построенный макетом печати QGIS и его атласом: страница сводки по стране, затем по странице на каждый район, где есть хотя бы один формуляр минного поля, опасный район, сектор или находка.

На каждой странице: карта района (опасные районы и формуляры в цветах IMAS, секторы по статусу, находки периода по категориям, открытые отметки расхождений, масштабная линейка, стрелка севера, легенда), число предметов, найденных за период, по категориям, таблица и диаграмма находок по периодам, гектары, очищенные, сокращённые и исключённые за период, и гектары, которые ещё предстоит высвободить, а также открытые расхождения высокой важности с их сообщениями.

Входные данные: рабочая область ClearGround (GeoPackage) или сами слои; указанный здесь слой заменяет слой рабочей области. TALLY принимает таблицу clearground:tallyfinds (запущенного с теми же районами, полем района и датами); без неё подсчёт выполняется здесь с PERIOD. DISCREPANCIES принимает отметки clearground:finddiscrepancies, иначе берётся слой расхождений рабочей области (его статусы учитываются); если он пуст, анализ выполняется здесь. Формуляр, опасный район или сектор относится к району, в котором лежит точка внутри него; находка или отметка — к району, в котором она лежит.

Даты: оба конца включаются; пусто — без ограничения. Высвобожденные гектары — это секторы, дата статуса которых попадает в период; оставшиеся гектары — секторы, не высвобожденные к конечной дате.

TEMPLATE: шаблон макета (.qpt), сохранённый из макета этого отчёта (OUTPUT_TEMPLATE) и переоформленный в QGIS; его элементы находятся по идентификаторам (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: те же цифры в виде веб-страницы. Шрифты (DejaVu Sans) встраиваются в PDF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="123"/>
        <location filename="../processing/algorithms/district_report.py" line="402"/>
        <location filename="../processing/algorithms/tally_finds.py" line="96"/>
        <location filename="../ui/tabs/report.py" line="88"/>
        <location filename="../ui/tabs/tally.py" line="127"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="125"/>
        <source>District name field</source>
        <translation>Поле названия района</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="128"/>
        <location filename="../processing/algorithms/tally_finds.py" line="113"/>
        <source>From (inclusive)</source>
        <translation>С (включительно)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="130"/>
        <location filename="../processing/algorithms/tally_finds.py" line="115"/>
        <source>To (inclusive)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="132"/>
        <source>Minefield records (instead of the workspace's)</source>
        <translation>Формуляры минных полей (вместо формуляров рабочей области)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="133"/>
        <source>Hazard areas (instead of the workspace's)</source>
        <translation>Опасные районы (вместо районов рабочей области)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="134"/>
        <source>Sectors (instead of the workspace's)</source>
        <translation>Секторы (вместо секторов рабочей области)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="135"/>
        <source>Finds (instead of the workspace's)</source>
        <translation>Находки (вместо находок рабочей области)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="136"/>
        <source>Discrepancies (from Find discrepancies)</source>
        <translation>Расхождения (из «Найти расхождения»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="137"/>
        <source>Tally table (from Tally finds)</source>
        <translation>Таблица подсчёта (из «Подсчёт находок по районам»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="141"/>
        <source>Layout template (.qpt)</source>
        <translation>Шаблон макета (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="142"/>
        <source>Period of the table and chart</source>
        <translation>Период таблицы и диаграммы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="146"/>
        <source>Data credits</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <source>Report (PDF)</source>
        <translation>Отчёт (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <location filename="../ui/tabs/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML summary</source>
        <translation>Сводка HTML</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <source>Layout template to restyle (.qpt)</source>
        <translation>Шаблон макета для переоформления (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <location filename="../ui/tabs/report.py" line="87"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Шаблоны макетов (*.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="157"/>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="167"/>
        <source>The districts layer has no field '{field}'.</source>
        <translation>В слое районов нет поля «{field}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="171"/>
        <location filename="../processing/algorithms/tally_finds.py" line="144"/>
        <location filename="../ui/tabs/report.py" line="182"/>
        <source>The date range is empty: 'From' comes after 'To'.</source>
        <translation>Диапазон дат пуст: «С» позже, чем «По».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="178"/>
        <source>No finds: give a workspace or a finds layer.</source>
        <translation>Нет находок: укажите рабочую область или слой находок.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="180"/>
        <source>Placing the data in districts…</source>
        <translation>Распределение данных по районам…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="187"/>
        <source>No district holds any record, hazard area, sector or find.</source>
        <translation>Ни в одном районе нет формуляров, опасных районов, секторов или находок.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="194"/>
        <source>The tally names districts that the districts layer lacks (counted in the national total only): {names}</source>
        <translation>В подсчёте есть районы, которых нет в слое районов (учтены только в итоге по стране): {names}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="209"/>
        <source>{credits} · Data: {workspace}</source>
        <translation>{credits} · Данные: {workspace}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="210"/>
        <source>Map: WGS 84 / UTM zone {zone}; the finds of the period and the open discrepancy flags.</source>
        <translation>Карта: WGS 84 / UTM, зона {zone}; находки периода и открытые отметки расхождений.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="214"/>
        <source>Laying out {n} pages…</source>
        <translation>Вёрстка страниц: {n}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="221"/>
        <source>Issued {date} · ClearGround</source>
        <translation>Выпущено {date} · ClearGround</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="232"/>
        <location filename="../processing/algorithms/district_report.py" line="257"/>
        <location filename="../workspace/report_layout.py" line="282"/>
        <source>Weekly mine action report</source>
        <translation>Еженедельный отчёт о противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="233"/>
        <source>EXPLOSIVE ORDNANCE FOUND IN THE PERIOD</source>
        <translation>ВЗРЫВООПАСНЫЕ ПРЕДМЕТЫ, ОБНАРУЖЕННЫЕ ЗА ПЕРИОД</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="234"/>
        <source>LAND RELEASE</source>
        <translation>ВЫСВОБОЖДЕНИЕ ЗЕМЕЛЬ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="235"/>
        <source>OPEN HIGH-SEVERITY DISCREPANCIES</source>
        <translation>ОТКРЫТЫЕ РАСХОЖДЕНИЯ ВЫСОКОЙ ВАЖНОСТИ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="236"/>
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Страница [% @atlas_featurenumber %] из [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="243"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="261"/>
        <source>{n} pages: the national summary and {d} districts.</source>
        <translation>Страниц: {n} — сводка по стране и районов: {d}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="286"/>
        <source>The workspace has no layer '{name}'.</source>
        <translation>В рабочей области нет слоя «{name}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="322"/>
        <source>Tallying the finds…</source>
        <translation>Подсчёт находок…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="336"/>
        <source>The tally table has no field {fields}: give the table of Tally finds.</source>
        <translation>В таблице подсчёта нет поля {fields}: укажите таблицу «Подсчёт находок по районам».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="367"/>
        <source>The workspace holds no discrepancies: running Find discrepancies.</source>
        <translation>В рабочей области нет расхождений: запускается «Найти расхождения».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="384"/>
        <source>The discrepancies layer has no field {fields}.</source>
        <translation>В слое расхождений нет поля {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="393"/>
        <source>Outside the districts</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Finds in the period</source>
        <translation>Находки за период</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Open discrepancies</source>
        <translation>Открытые расхождения</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER DISTRICT</source>
        <translation>НАХОДКИ ПО РАЙОНАМ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER PERIOD</source>
        <translation>НАХОДКИ ПО ПЕРИОДАМ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="92"/>
        <source>Find discrepancies (map versus reality)</source>
        <translation>Найти расхождения (карта и действительность)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="95"/>
        <source>Compares the minefield records (and their recorded mines) with the finds and the sectors, and flags where they disagree:
- find_outside_records: AP/AT finds farther than PERIMETER_BUFFER metres from every record, grouped into clusters (one flag per cluster: the number of mines in observed, the find ids in find_id);
- missing_mines / surplus_mines: recorded versus found counts per category, for records whose area is cleared to at least MIN_CLEARED percent (needs SECTORS);
- type_mismatch: categories or models found that the record does not mention;
- unmatched_recorded_mine: a recorded mine in a cleared sector with no find within TOLERANCE metres (after the record's offset, when one is established);
- systematic_offset: a record whose finds match its mines much better after one shift, rotation and scale, fitted robustly; when the record's raw text holds its traverse, Soviet mils read as NATO mils (and the reverse) and a wrong or missing magnetic declination are tried too;
- post_clearance_find: a find dated after its sector was released.

Every distance is in metres (a transverse Mercator projection centred on the data, geodesic for reported shifts). Finds are matched to recorded mines one to one, nearest first, same category. A find that lies on another record's mine as that record is plotted is evidence for that record, not a reason to move this one.

Advanced: SEARCH_RADIUS, the largest record offset looked for (default 200 m); MAX_ROTATION (default 12 degrees); DECLINATION, tried when a traverse may have omitted it (default 6 degrees east).

Outputs: OUTPUT, the flags (the fields of the discrepancies layer), ranked by severity and size; OUTPUT_OFFSETS, one row per record with finds around it: dx_m (east) and dy_m (north) of the record's centroid, rotation_deg (clockwise, about the centroid), scale, rms_before_m, rms_after_m, matches, and status: fitted, ambiguous (another transform, runner_up_dx_m, runner_up_dy_m, runner_up_rotation_deg and runner_up_scale, explains the evidence about as well: a row field cleared from one side fits its finds one row gap or one mine spacing away too) or too_few_finds; confidence is 1 - the runner-up's evidence / the best's (the evidence: finds explained, less finds left unexplained inside the moved record and mines moved into cleared ground where nothing was found); the best must win by 3 to be fitted. clearground:correctrecord applies the fitted ones. OUTPUT_LINKS (optional): a line from each matched find to where its record put the mine. Rows that cannot be used are listed in the log with their feature id and the field.</source>
        <translation>Сравнивает формуляры минных полей (и мины по формулярам) с находками и секторами и отмечает, где они расходятся:
- find_outside_records: находки AP/AT дальше PERIMETER_BUFFER метров от всех формуляров, сгруппированные в скопления (одна отметка на скопление: число мин в observed, идентификаторы находок в find_id);
- missing_mines / surplus_mines: число мин по формуляру и найденных по категориям для формуляров, площадь которых очищена не меньше чем на MIN_CLEARED процентов (нужны SECTORS);
- type_mismatch: найденные категории или типы, которых нет в формуляре;
- unmatched_recorded_mine: мина по формуляру в очищенном секторе без находки в пределах TOLERANCE метров (с учётом смещения формуляра, если оно установлено);
- systematic_offset: формуляр, находки которого гораздо лучше совпадают с его минами после одного сдвига, поворота и масштабирования, подобранных устойчивым методом; если в тексте raw формуляра есть ход, проверяются также деления угломера, прочитанные как натовские тысячные (и наоборот), и неверное или неучтённое магнитное склонение;
- post_clearance_find: находка с датой позже высвобождения её сектора.

Все расстояния в метрах (поперечная проекция Меркатора с центром в данных, геодезически для сообщаемых сдвигов). Находки сопоставляются с минами по формулярам один к одному, начиная с ближайших, в пределах одной категории. Находка, лежащая на мине другого формуляра в том виде, как он нанесён, — свидетельство в пользу того формуляра, а не повод сдвигать этот.

Дополнительно: SEARCH_RADIUS — наибольшее искомое смещение формуляра (по умолчанию 200 м); MAX_ROTATION (по умолчанию 12 градусов); DECLINATION — магнитное склонение, проверяемое, если в ходе оно могло быть не учтено (по умолчанию 6 градусов к востоку).

Результаты: OUTPUT — отметки (поля слоя расхождений), упорядоченные по важности и размеру; OUTPUT_OFFSETS — по строке на каждый формуляр с находками рядом: dx_m (на восток) и dy_m (на север) центроида формуляра, rotation_deg (по часовой стрелке вокруг центроида), scale, rms_before_m, rms_after_m, matches и status: fitted, ambiguous (другое преобразование, runner_up_dx_m, runner_up_dy_m, runner_up_rotation_deg, runner_up_scale, объясняет доводы почти так же: рядное поле, расчищаемое с одной стороны, сходится со своими находками и со сдвигом на один ряд или на один шаг мин) или too_few_finds; confidence = 1 − доводы второго / доводы лучшего (доводы: объяснённые находки за вычетом необъяснённых находок внутри сдвинутого формуляра и мин, попавших на расчищенную землю, где ничего не нашли); лучший должен выиграть на 3, чтобы считаться fitted. clearground:correctrecord применяет fitted. OUTPUT_LINKS (необязательно): линия от каждой сопоставленной находки до места, где формуляр поместил мину. Строки, которые нельзя использовать, перечисляются в журнале с идентификатором объекта и полем.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="155"/>
        <source>Tolerance (m)</source>
        <translation>Допуск (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="157"/>
        <source>Perimeter buffer (m)</source>
        <translation>Буфер периметра (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="160"/>
        <source>Minimum cleared before counts are compared (% of a record's area)</source>
        <translation>Минимальная очищенная часть для сравнения числа мин (% площади формуляра)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="163"/>
        <source>Largest record offset looked for (m)</source>
        <translation>Наибольшее искомое смещение формуляра (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="165"/>
        <source>Largest record rotation looked for (degrees)</source>
        <translation>Наибольший искомый поворот формуляра (градусы)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="167"/>
        <source>Magnetic declination tried when a traverse omitted it (degrees east)</source>
        <translation>Магнитное склонение, проверяемое, если в ходе оно не учтено (градусы к востоку)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="174"/>
        <source>Store the flags in workspace (keeping reviews)</source>
        <translation>Сохранить отметки в рабочей области (с сохранением проверок)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="178"/>
        <location filename="../ui/tabs/discrepancies.py" line="382"/>
        <source>Record offsets</source>
        <translation>Смещения формуляров</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="180"/>
        <source>Matched finds (lines to the recorded mines)</source>
        <translation>Сопоставленные находки (линии к минам по формулярам)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="182"/>
        <source>Number of flags</source>
        <translation>Число отметок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="194"/>
        <source>Reading records, mines, finds and sectors</source>
        <translation>Чтение формуляров, мин, находок и секторов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="224"/>
        <source>No SECTORS: counts are not compared and cleared ground is not checked.</source>
        <translation>Нет SECTORS: число мин не сравнивается, очищенная территория не проверяется.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="225"/>
        <source>Comparing the records with the finds</source>
        <translation>Сравнение формуляров с находками</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="231"/>
        <source>{layer} feature {row} ({field}): {reason}</source>
        <translation>{layer}, объект {row} ({field}): {reason}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="234"/>
        <source>Writing the flags</source>
        <translation>Запись отметок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="275"/>
        <source>{count} flags: {detail}.</source>
        <translation>Отметок: {count}: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="276"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="311"/>
        <location filename="../processing/field_syncing.py" line="121"/>
        <location filename="../workspace/locate.py" line="41"/>
        <location filename="../workspace/locate.py" line="48"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="292"/>
        <source>{total} flags stored in {workspace}; {carried} kept their review, {kept} reviewed flags no longer raised were kept.</source>
        <translation>В {workspace} сохранено отметок: {total}; сохранили свою проверку: {carried}; оставлено проверенных отметок, которые больше не выставляются: {kept}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="65"/>
        <location filename="../processing/sector_run.py" line="66"/>
        <source>it has no geometry</source>
        <translation>у него нет геометрии</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="79"/>
        <source>it cannot be transformed to EPSG:4326 ({error})</source>
        <translation>его нельзя перевести в EPSG:4326 ({error})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="86"/>
        <location filename="../ui/tabs/sectors.py" line="101"/>
        <location filename="../ui/tabs/sectors.py" line="110"/>
        <source>Generate sectors</source>
        <translation>Создать секторы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="90"/>
        <source>Divides each input polygon (minefield record or hazard area) into square clearance sectors of CELL_SIZE metres, laid out in the polygon's local UTM zone and stored in EPSG:4326.

ORIENTATION: grid (cells on the UTM grid) or longest_edge (cells parallel to the polygon's longest edge, so lanes follow the fence or the road).

The cells are clipped to the polygon; pieces smaller than MIN_SLIVER percent of a cell are merged into the neighbour they share the longest boundary with (a piece that touches no other stays a sector of its own). The sectors of a polygon cover it exactly: no gaps, no overlaps, holes and multipolygons included. Invalid polygons are repaired first.

Ids are PARENT-row-col (rows from the top, columns from the left of the polygon's grid); a cell cut into separate pieces names the further pieces PARENT-row-col.2, .3, ... Running the algorithm again on the same polygon gives the same ids.

ID_FIELD: the parent id (default: hazard_id, else record_id). Rows without an id, with a duplicate id or without a polygon are listed in the log and get no sectors.

Output: the sectors layer (status planned, version 1).</source>
        <translation>Делит каждый входной полигон (формуляр минного поля или опасный район) на квадратные секторы разминирования со стороной CELL_SIZE метров, построенные в местной зоне UTM полигона и сохранённые в EPSG:4326.

ORIENTATION: grid (ячейки по сетке UTM) или longest_edge (ячейки параллельны самой длинной стороне полигона, чтобы проходы шли вдоль ограждения или дороги).

Ячейки обрезаются по полигону; куски меньше MIN_SLIVER процентов ячейки присоединяются к соседней ячейке, с которой у них самая длинная общая граница (кусок, не касающийся других, остаётся отдельным сектором). Секторы полигона покрывают его точно: без пропусков и перекрытий, включая дыры и составные полигоны. Некорректные полигоны сначала исправляются.

Идентификаторы имеют вид PARENT-строка-столбец (строки сверху, столбцы слева по сетке полигона); если ячейка разрезана на отдельные куски, следующие куски называются PARENT-строка-столбец.2, .3, ... Повторный запуск алгоритма для того же полигона даёт те же идентификаторы.

ID_FIELD: идентификатор родительского объекта (по умолчанию hazard_id, иначе record_id). Строки без идентификатора, с повторяющимся идентификатором или без полигона перечисляются в журнале и не получают секторов.

Результат: слой секторов (статус planned, версия 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="118"/>
        <source>Records or hazard areas</source>
        <translation>Формуляры или опасные районы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="120"/>
        <source>Parent id field</source>
        <translation>Поле идентификатора родительского объекта</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="122"/>
        <source>Cell size (m)</source>
        <translation>Размер ячейки (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="124"/>
        <location filename="../ui/tabs/sectors.py" line="120"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="129"/>
        <source>Smallest piece kept on its own (% of a cell)</source>
        <translation>Наименьший кусок, сохраняемый отдельно (% ячейки)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="131"/>
        <source>Add the sectors to workspace</source>
        <translation>Добавить секторы в рабочую область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="134"/>
        <source>Number of sectors</source>
        <translation>Число секторов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="135"/>
        <source>Input rows without sectors</source>
        <translation>Входные строки без секторов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="146"/>
        <source>Choose the parent id field (ID_FIELD): the input has neither hazard_id nor record_id.</source>
        <translation>Выберите поле идентификатора родительского объекта (ID_FIELD): во входных данных нет ни hazard_id, ни record_id.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="149"/>
        <source>The input has no field {field}.</source>
        <translation>Во входных данных нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="153"/>
        <source>ORIENTATION must be one of: {values}.</source>
        <translation>ORIENTATION должно быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="179"/>
        <source>{sectors} sectors for {parents} polygons ({merged} slivers merged); {skipped} rows without sectors.</source>
        <translation>{sectors} секторов для {parents} полигонов ({merged} мелких обрезков присоединено); {skipped} строк без секторов.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="197"/>
        <source>{count} sectors added to {workspace}.</source>
        <translation>В {workspace} добавлено секторов: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="60"/>
        <source>Import finds from a field report</source>
        <translation>Импорт находок из полевого отчёта</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="62"/>
        <location filename="../processing/algorithms/import_hazards.py" line="34"/>
        <source>Field data</source>
        <translation>Полевые данные</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="64"/>
        <source>Reads the finds of a field report and adds the new ones to the workspace's finds.

INPUT: a CSV or XLSX table, or a GeoJSON, GeoPackage, KML or GPX file of points (of a GPX file its waypoints: file.gpx|layername=waypoints). Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and their values: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, and the position as coord (decimal degrees, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat and lon, or x and y in CRS (the CRS of bare projected numbers; default EPSG:4326). FIELD_MAPPING overrides the guess, e.g. find_id=Nomre;found_date=Tarix;coord=Koordinat.

Dates: 2022-03-12 and 2022/03/12 as written; 12.03.2022, 12/03/2022 and 12-03-2022 are read DAY FIRST. A date with no such month (03/25/2022), one that does not exist (31.02.2022) or lies in the future is rejected with the reason; a slash date that reads both ways (03/04/2022) is read day first and said in the log, and is rejected when the same report writes other dates month first. Category and model go through the ordnance dictionary (resources/ordnance/models.csv): a category column holding a model (ПМН-2) gives the model and its category; an unknown category, or a category its model contradicts, is rejected. quantity is a whole number (1 when empty), depth_cm centimetres (15, 15 cm, 0.15 m).

Every row is imported, a duplicate, or rejected: OUTPUT_REJECTS lists the rejected and duplicate rows with their row number and reason. A find already in WORKSPACE or earlier in the report (the same find_id or uuid, or within 1 m with the same date and model) is a duplicate: counted in DUPLICATES, not added again, so importing a report twice changes nothing. A find_id already used for a find at another place is rejected, not overwritten. A report without find ids gets stable ids made from each find (F-...), the same on every import. A find without a sector takes the workspace sector that holds it. Columns no field takes are kept in raw, the report and row in source. OUTPUT_FINDS holds the finds added.</source>
        <translation>Читает находки из полевого отчёта и добавляет новые в находки рабочего пространства.

INPUT: таблица CSV или XLSX либо файл точек GeoJSON, GeoPackage, KML или GPX (из файла GPX — его путевые точки: file.gpx|layername=waypoints). Столбцы распознаются по названиям (на английском, азербайджанском, русском, украинском) и по значениям: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, а положение — как coord (десятичные градусы, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat и lon либо x и y в CRS (CRS голых проекционных чисел; по умолчанию EPSG:4326). FIELD_MAPPING переопределяет догадку, например find_id=Nomre;found_date=Tarix;coord=Koordinat.

Даты: 2022-03-12 и 2022/03/12 — как записаны; 12.03.2022, 12/03/2022 и 12-03-2022 читаются так, что ДЕНЬ ИДЁТ ПЕРВЫМ. Дата с несуществующим месяцем (03/25/2022), несуществующая дата (31.02.2022) или дата в будущем отклоняется с указанием причины; дата через косую черту, читаемая двояко (03/04/2022), читается с днём первым, что отмечается в журнале, и отклоняется, если в том же отчёте другие даты записаны с месяцем первым. Категория и модель проверяются по словарю боеприпасов (resources/ordnance/models.csv): если в столбце категории указана модель (ПМН-2), из неё берутся модель и её категория; неизвестная категория или категория, которой противоречит модель, отклоняется. quantity — целое число (1, если пусто), depth_cm — сантиметры (15, 15 cm, 0.15 m).

Каждая строка либо импортируется, либо является дубликатом, либо отклоняется: OUTPUT_REJECTS перечисляет отклонённые и повторяющиеся строки с номером строки и причиной. Находка, уже имеющаяся в WORKSPACE или выше в отчёте (тот же find_id или uuid либо в пределах 1 м с той же датой и моделью), — дубликат: учитывается в DUPLICATES и повторно не добавляется, поэтому повторный импорт отчёта ничего не меняет. find_id, уже использованный для находки в другом месте, отклоняется, а не перезаписывается. Отчёт без идентификаторов находок получает стабильные идентификаторы, построенные по каждой находке (F-...), одинаковые при каждом импорте. Находка без сектора получает сектор рабочего пространства, в котором она находится. Столбцы, не занятые ни одним полем, сохраняются в raw, отчёт и строка — в source. OUTPUT_FINDS содержит добавленные находки.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="103"/>
        <source>Field report (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</source>
        <translation>Полевой отчёт (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="104"/>
        <location filename="../processing/algorithms/import_hazards.py" line="73"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="200"/>
        <source>Import into workspace</source>
        <translation>Импортировать в рабочую область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="106"/>
        <location filename="../processing/algorithms/import_hazards.py" line="75"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="197"/>
        <source>Field mapping (target=column;...)</source>
        <translation>Сопоставление полей (цель=столбец;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="107"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="186"/>
        <location filename="../ui/import_dialog.py" line="88"/>
        <location filename="../ui/tabs/records.py" line="359"/>
        <source>CRS of bare coordinates</source>
        <translation>Система координат для координат без зоны</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="109"/>
        <source>Finds added</source>
        <translation>Добавленные находки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="110"/>
        <location filename="../processing/algorithms/import_hazards.py" line="78"/>
        <source>Rejected and duplicate rows</source>
        <translation>Отклонённые и повторяющиеся строки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="112"/>
        <location filename="../processing/algorithms/import_hazards.py" line="80"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="217"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="113"/>
        <location filename="../processing/algorithms/import_hazards.py" line="81"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="218"/>
        <source>Rows imported</source>
        <translation>Импортировано строк</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="114"/>
        <location filename="../processing/algorithms/import_hazards.py" line="82"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="219"/>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="115"/>
        <location filename="../processing/algorithms/import_hazards.py" line="84"/>
        <source>Duplicates (already known)</source>
        <translation>Дубликаты (уже известны)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="116"/>
        <source>Sectors found by position</source>
        <translation>Секторы, найденные по положению</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="135"/>
        <location filename="../processing/algorithms/import_hazards.py" line="99"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="313"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="324"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="329"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="146"/>
        <source>{read} rows read: {imported} imported, {duplicates} duplicates, {rejected} rejected.</source>
        <translation>Прочитано строк: {read}; импортировано: {imported}, дубликатов: {duplicates}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="156"/>
        <location filename="../processing/algorithms/import_hazards.py" line="119"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="296"/>
        <source>Read {n} rows from {name}.</source>
        <translation>Из {name} прочитано строк: {n}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="158"/>
        <location filename="../processing/algorithms/import_hazards.py" line="121"/>
        <source>{target} = '{column}' ({why})</source>
        <translation>{target} = '{column}' ({why})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="160"/>
        <source>Dates are read day first: 12.03.2022 and 12/03/2022 are 12 March 2022.</source>
        <translation>В датах первым читается день: 12.03.2022 и 12/03/2022 — это 12 марта 2022.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="164"/>
        <source>{n} dates read both ways and were read day first: {rows}</source>
        <translation>дат, читаемых двояко: {n}; они прочитаны с днём в начале: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="168"/>
        <source>{n} finds had no id: ids were made from each find (the same on every import).</source>
        <translation>Находок без идентификатора: {n}; идентификаторы созданы по каждой находке (одинаковые при каждом импорте).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="171"/>
        <source>{n} finds took the sector that holds them.</source>
        <translation>Находкам присвоен содержащий их сектор: {n}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="174"/>
        <source>{n} rows are finds already known ({where}), not added again:</source>
        <translation>Строк с уже известными находками ({where}): {n}; повторно не добавлены:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="182"/>
        <location filename="../processing/algorithms/import_hazards.py" line="137"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="281"/>
        <source>... and {n} more; see the rejects output.</source>
        <translation>... и ещё {n}; см. результат с отклонёнными строками.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="32"/>
        <source>Import hazard areas from a survey</source>
        <translation>Импорт опасных районов из обследования</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="36"/>
        <source>Reads the suspected and confirmed hazardous areas (SHA, CHA) of a survey and adds the new ones to the workspace's hazard areas.

INPUT: a GIS file of polygons (GeoPackage, GeoJSON, KML, Shapefile) in any CRS. Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING overrides the guess, e.g. hazard_id=Nomre;classification=Novu;evidence=Esas.

classification takes SHA and CHA and the words surveys write: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; anything else is rejected. status takes open, worked_on, closed and their usual words (открыт, в работе, закрыт, açıq, bağlı, ...); empty means open.

Polygons are checked as the mine-map import checks them (GICHD geocheck rules): a polygon that crosses itself is repaired through make_valid where that gives one polygon (counted in ROWS_REPAIRED); one that would become several, has fewer than 3 vertices, a leg over 5 km, no geometry, or repeats another's polygon is rejected with the reason.

Every feature is imported, a duplicate, or rejected, with its row number and reason in OUTPUT_REJECTS. A hazard_id already in WORKSPACE with the same polygon and attributes is a duplicate (DUPLICATES): importing a survey twice changes nothing. The same hazard_id with another polygon or attribute is a conflict (CONFLICTS, also in the rejects), named and never overwritten. A feature without hazard_id gets one made from its polygon (HZ-...), the same on every import. Columns no field takes are kept in raw, the file and row in source. OUTPUT_HAZARDS holds the hazards added.</source>
        <translation>Читает подозреваемые и подтверждённые опасные районы (SHA, CHA) из обследования и добавляет новые в опасные районы рабочего пространства.

INPUT: ГИС-файл полигонов (GeoPackage, GeoJSON, KML, Shapefile) в любой CRS. Столбцы распознаются по названиям (на английском, азербайджанском, русском, украинском): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING переопределяет догадку, например hazard_id=Nomre;classification=Novu;evidence=Esas.

classification принимает SHA и CHA и слова, которые пишут в обследованиях: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; всё остальное отклоняется. status принимает open, worked_on, closed и их обычные обозначения (открыт, в работе, закрыт, açıq, bağlı, ...); пустое значение означает open.

Полигоны проверяются так же, как при импорте карт минных полей (правила geocheck GICHD): самопересекающийся полигон исправляется через make_valid, если это даёт один полигон (учитывается в ROWS_REPAIRED); полигон, который распался бы на несколько, имеет меньше 3 вершин, сторону длиннее 5 км, не имеет геометрии или повторяет полигон другого объекта, отклоняется с указанием причины.

Каждый объект либо импортируется, либо является дубликатом, либо отклоняется, с номером строки и причиной в OUTPUT_REJECTS. hazard_id, уже имеющийся в WORKSPACE с тем же полигоном и атрибутами, — дубликат (DUPLICATES): повторный импорт обследования ничего не меняет. Тот же hazard_id с другим полигоном или атрибутом — конфликт (CONFLICTS, также в отклонённых): он указывается и никогда не перезаписывается. Объект без hazard_id получает идентификатор, построенный по его полигону (HZ-...), одинаковый при каждом импорте. Столбцы, не занятые ни одним полем, сохраняются в raw, файл и строка — в source. OUTPUT_HAZARDS содержит добавленные опасные районы.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="72"/>
        <source>Survey polygons (GeoPackage, GeoJSON, KML, Shapefile)</source>
        <translation>Полигоны обследования (GeoPackage, GeoJSON, KML, Shapefile)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="76"/>
        <source>Hazard areas added</source>
        <translation>Добавленные опасные районы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="83"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="220"/>
        <source>Rows imported after a repair</source>
        <translation>Строки, импортированные после исправления</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="85"/>
        <source>Conflicts with hazards already known</source>
        <translation>Конфликты с уже известными опасными районами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="108"/>
        <source>{read} rows read: {imported} imported ({repaired} repaired), {duplicates} duplicates, {rejected} rejected ({conflicts} conflicts).</source>
        <translation>Прочитано строк: {read}; импортировано: {imported} (исправлено: {repaired}), дубликатов: {duplicates}, отклонено: {rejected} (конфликтов: {conflicts}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="129"/>
        <source>{n} hazards had no id: ids were made from each polygon (the same on every import).</source>
        <translation>Опасных районов без идентификатора: {n}; идентификаторы созданы по каждому полигону (одинаковые при каждом импорте).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="132"/>
        <source>{n} hazards are already in the workspace, unchanged: not added again.</source>
        <translation>Опасных районов, уже имеющихся в рабочем пространстве без изменений: {n}; повторно не добавлены.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="104"/>
        <location filename="../ui/import_dialog.py" line="60"/>
        <source>Import mine map</source>
        <translation>Импорт формуляра минного поля</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="107"/>
        <source>Reads minefield records (mine maps) and writes them as minefield records and recorded mines.

INPUT takes: a traverse CSV (columns record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), a CSV or XLSX table of mine points (lat and lon, x and y, or one coord column), or a GIS file (GeoPackage, Shapefile, GeoJSON, KML) of perimeter polygons and/or mine points in any CRS.

Coordinates may be decimal degrees (lat lon; swapped values are detected), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) or SK-42 Gauss-Kruger (X=4432100 Y=8612345, the zone in front of Y). CRS is the CRS of bare coordinates (x/y columns, numbers without a zone) and of grid bearings when the record gives no coordinates of its own.

Bearings are in DEFAULT_UNIT unless a row says otherwise: deg, mil6400 (NATO mils) or mil6000 (Soviet mils; 12-50 means 1250). north is grid (corrected by the meridian convergence of the record's CRS), true, or magnetic (true = magnetic + declination; DECLINATION in degrees east when the row gives none). Positions are geodesic on WGS 84.

FIELD_MAPPING overrides the guessed column names, e.g. record_id=Nomre;lat=Enlik. EXPECTED_AREA (polygons) rejects what lies outside it, and finds latitude/longitude swaps. WORKSPACE (a ClearGround GeoPackage) receives the records and mines in one transaction: an error leaves it as it was; record ids already there are rejected.

Every input row is imported or listed in OUTPUT_REJECTS with its row number, record, raw text and the reason. Perimeters are checked (at least 3 vertices, no leg over 5 km, not crossing themselves) and repaired only where safe, said in notes. recorded_ap and recorded_at are counted from the mines when the file does not state them.</source>
        <translation>Читает формуляры минных полей и записывает их как формуляры минных полей и мины по формулярам.

INPUT принимает: CSV с ходом (столбцы record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), таблицу CSV или XLSX с точками мин (lat и lon, x и y или один столбец coord) или файл ГИС (GeoPackage, Shapefile, GeoJSON, KML) с полигонами периметров и/или точками мин в любой системе координат.

Координаты могут быть в десятичных градусах (lat lon; перестановка обнаруживается), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) или СК-42 Гаусса-Крюгера (X=4432100 Y=8612345, зона перед Y). CRS — система координат для координат без зоны (столбцы x/y, числа без зоны) и для азимутов по сетке, если в формуляре нет собственных координат.

Азимуты даны в DEFAULT_UNIT, если в строке не указано иное: deg, mil6400 (тысячные НАТО) или mil6000 (деления угломера; 12-50 означает 1250). north: grid (с поправкой на сближение меридианов системы координат формуляра), true или magnetic (истинный = магнитный + склонение; DECLINATION в градусах к востоку, если в строке не указано). Положения рассчитываются геодезически на WGS 84.

FIELD_MAPPING заменяет угаданные имена столбцов, например record_id=Nomre;lat=Enlik. EXPECTED_AREA (полигоны) отклоняет то, что лежит вне района, и обнаруживает перестановку широты и долготы. WORKSPACE (GeoPackage ClearGround) принимает формуляры и мины в одной транзакции: при ошибке она остаётся без изменений; идентификаторы формуляров, которые в ней уже есть, отклоняются.

Каждая входная строка либо импортируется, либо попадает в OUTPUT_REJECTS с номером строки, формуляром, исходным текстом и причиной. Периметры проверяются (не менее 3 вершин, ни одной стороны длиннее 5 км, без самопересечений) и исправляются, только где это безопасно, о чём говорится в примечаниях. recorded_ap и recorded_at подсчитываются по минам, если в файле они не указаны.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="152"/>
        <source>Rows that cannot be read as written: a row with more values than the header has columns (an unquoted decimal comma), with a NUL character or with a value of over 100,000 characters is rejected with its reason; a header that names one column twice is refused until FIELD_MAPPING says which to use. ENCODING (e.g. CP1251) is the text encoding of a CSV or of a Shapefile's table that does not say it; without it the encoding is decided from the bytes and said in the log, or the file is refused when they cannot decide it. A spreadsheet is read sheet by sheet (every sheet that holds a table). WORKSPACE may also be a PostGIS workspace: postgres:CONNECTION/SCHEMA.</source>
        <translation>Строки, которые нельзя прочитать так, как они записаны: строка, в которой значений больше, чем столбцов в заголовке (десятичная запятая без кавычек), строка с символом NUL или со значением длиннее 100 000 символов отклоняется с указанием причины; заголовок, в котором один столбец назван дважды, отклоняется, пока FIELD_MAPPING не укажет, какой использовать. ENCODING (например, CP1251) — кодировка текста CSV или таблицы Shapefile, которые её не указывают; без неё кодировка определяется по байтам и сообщается в журнале, а если байты не позволяют её определить, файл отклоняется. Электронная таблица читается по листам (каждый лист с таблицей). WORKSPACE может быть и рабочей областью PostGIS: postgres:CONNECTION/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="159"/>
        <source>Coordinates are also read as Russian, Azerbaijani and Ukrainian records write them (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.), with hemisphere words, compact DMS (400112N 0465530E), labels (lat 40.02 lon 46.92) and UTM as zone 38 north 612345 4432100, 38T E612345 N4432100 or with spaced thousands. A text that can be read two ways (no hemisphere letters; 38S as band S or zone 38 south) is read the way that fits the record's other mines, said in notes; a point far from the rest of its record, or readable only the other way round with nothing to confirm it, is rejected with the distance. DATUM_TRANSFORM (an EPSG operation such as EPSG:1808, or a PROJ pipeline) is the one transformation used for every point of a datum other than WGS 84 (SK-42); without it the project's transformation settings decide, else the most local transformation for the area of the points (EPSG:1808 in Azerbaijan). It is named in the log and in each record's notes.</source>
        <translation>Координаты читаются и так, как их пишут русские, азербайджанские и украинские формуляры (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.): со словами полушарий, сжатой записью DMS (400112N 0465530E), метками (lat 40.02 lon 46.92) и UTM вида zone 38 north 612345 4432100, 38T E612345 N4432100 или с тысячами через пробел. Текст, который читается двумя способами (без букв полушарий; 38S как полоса S или зона 38 юг), читается так, как он сходится с другими минами формуляра, и это сказано в примечаниях; точка далеко от остальных точек формуляра или читаемая только наоборот без подтверждения отклоняется с указанием расстояния. DATUM_TRANSFORM (операция EPSG, например EPSG:1808, или конвейер PROJ) — единственное преобразование для всех точек в датуме, отличном от WGS 84 (СК-42); без него решают настройки преобразований проекта, иначе — самое местное преобразование для района точек (EPSG:1808 в Азербайджане). Оно названо в журнале и в примечаниях каждого формуляра.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="169"/>
        <source>Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and by their values: device categories make the category, known mine models (resources/ordnance/models.csv) the model, values repeating in runs the record id, small numbers unique within a record the mine number; the mapping used is printed in the log with why. A mine without a category that its model does not imply is rejected. MISPLACED_M (metres, default 5000) is how far a point may lie from its record's other mines before it is judged misplaced. Features without a record id get one: id_prefix in FIELD_MAPPING names a field whose value and a sequence number make it (MS-12-3), else the file's name and the row number. Invalid polygons are repaired through make_valid where that gives one polygon (said in notes, counted in ROWS_REPAIRED); duplicates, fewer than 3 vertices and vertices over 5 km apart are rejected, as GICHD's geocheck reports them.</source>
        <translation>Столбцы распознаются по именам (на английском, азербайджанском, русском, украинском) и по значениям: категории взрывоопасных предметов определяют категорию, известные модели мин (resources/ordnance/models.csv) — модель, значения, повторяющиеся сериями, — идентификатор формуляра, небольшие числа, уникальные в пределах формуляра, — номер мины; использованное сопоставление с обоснованием выводится в журнал. Мина без категории, которая не следует из её модели, отклоняется. MISPLACED_M (метры, по умолчанию 5000) — насколько далеко точка может находиться от других мин своего формуляра, прежде чем будет признана смещённой. Объектам без идентификатора формуляра он присваивается: id_prefix в FIELD_MAPPING указывает поле, из значения которого и порядкового номера он составляется (MS-12-3), иначе — из имени файла и номера строки. Недопустимые полигоны исправляются через make_valid, если получается один полигон (отмечается в примечаниях, учитывается в ROWS_REPAIRED); дубликаты, полигоны менее чем с 3 вершинами и с вершинами на расстоянии более 5 км друг от друга отклоняются, как их выявляет geocheck GICHD.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="183"/>
        <source>Mine map file (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML)</source>
        <translation>Файл формуляра (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="188"/>
        <location filename="../ui/import_dialog.py" line="89"/>
        <source>Default angle unit</source>
        <translation>Единица углов по умолчанию</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="194"/>
        <source>Magnetic declination (degrees east)</source>
        <translation>Магнитное склонение (градусы к востоку)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="199"/>
        <source>Expected area</source>
        <translation>Ожидаемый район</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="202"/>
        <source>Text encoding of the file (when it does not say it)</source>
        <translation>Кодировка текста файла (если файл её не указывает)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="204"/>
        <source>Datum transformation to WGS 84 (EPSG operation or PROJ pipeline)</source>
        <translation>Преобразование датума в WGS 84 (операция EPSG или конвейер PROJ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="207"/>
        <source>Misplaced point: farther than this from its record's other mines (metres)</source>
        <translation>Смещённая точка: дальше этого расстояния от других мин своего формуляра (метры)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="216"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="221"/>
        <location filename="../ui/import_dialog.py" line="141"/>
        <location filename="../ui/tabs/records.py" line="64"/>
        <source>Records</source>
        <translation>Формуляры</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="222"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <location filename="../ui/tabs/records.py" line="53"/>
        <source>Mines</source>
        <translation>Мины</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="230"/>
        <source>DEFAULT_UNIT must be one of: {values}.</source>
        <translation>DEFAULT_UNIT должен быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="269"/>
        <source>{read} rows read: {imported} imported, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>Прочитано строк: {read}; импортировано: {imported}, отклонено: {rejected}; формуляров: {records}, мин: {mines}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="274"/>
        <source>Of the {imported} imported: {written} as written, {repaired} repaired ({read} = {written} + {repaired} + {rejected} rejected).</source>
        <translation>Из {imported} импортированных: {written} как записано, {repaired} исправлено ({read} = {written} + {repaired} + {rejected} отклонено).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="314"/>
        <source>Read {n} rows from {name} (in parts of {size} rows, each record whole).</source>
        <translation>Прочитано строк из {name}: {n} (частями по {size} строк, каждая запись целиком).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="338"/>
        <source>Read as: {mode}; columns: {mapping}.</source>
        <translation>Прочитано как: {mode}; столбцы: {mapping}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="352"/>
        <source>MISPLACED_M must be a positive number of metres.</source>
        <translation>MISPLACED_M должно быть положительным числом метров.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="369"/>
        <source>EXPECTED_AREA has no polygons.</source>
        <translation>В EXPECTED_AREA нет полигонов.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="55"/>
        <source>Sets the status of every sector that the cleared ground covers to at least MIN_OVERLAP percent of its area.

CLEARED: polygons of cleared ground, or lines such as GPS tracks of cleared lanes, which are buffered to LANE_WIDTH metres (half each side, flat ends). Overlapping polygons and lanes are merged before measuring, so no ground is counted twice. Areas are measured in metres in each sector's local UTM zone.

STATUS (default cleared), DATE (default today), TEAM, METHOD and DEPTH_CM are written to the marked sectors, whose version goes up by one, with updated_by and updated_at. A sector that already has STATUS is left as it is. Taking a sector out of cleared needs a REASON; without one such sectors are left unchanged and listed in the log.

Outputs: OUTPUT, every input sector with its new values; OUTPUT_AUDIT, one audit_log row per changed field (and one reason row per sector taken out of cleared).</source>
        <translation>Устанавливает статус каждого сектора, площадь которого очищенная территория покрывает не меньше чем на MIN_OVERLAP процентов.

CLEARED: полигоны очищенной территории или линии, например GPS-треки очищенных проходов, которые расширяются буфером до ширины LANE_WIDTH метров (по половине в каждую сторону, плоские концы). Перекрывающиеся полигоны и проходы объединяются до измерения, поэтому ни один участок не учитывается дважды. Площади измеряются в метрах в местной зоне UTM каждого сектора.

STATUS (по умолчанию cleared), DATE (по умолчанию сегодня), TEAM, METHOD и DEPTH_CM записываются в отмеченные секторы, их версия увеличивается на единицу, заполняются updated_by и updated_at. Сектор, у которого уже стоит STATUS, остаётся без изменений. Чтобы снять с сектора статус «очищен», нужна причина REASON; без неё такие секторы не изменяются и перечисляются в журнале.

Результаты: OUTPUT — все входные секторы с новыми значениями; OUTPUT_AUDIT — по одной строке audit_log на каждое изменённое поле (и строка с причиной для каждого сектора, с которого снят статус «очищен»).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="88"/>
        <source>Cleared ground (polygons or lane tracks)</source>
        <translation>Очищенная территория (полигоны или треки проходов)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="91"/>
        <source>Minimum overlap (% of a sector)</source>
        <translation>Минимальное перекрытие (% сектора)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="99"/>
        <source>Date (default today)</source>
        <translation>Дата (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="107"/>
        <source>Lane width of cleared tracks (m)</source>
        <translation>Ширина прохода по трекам (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="110"/>
        <source>Clearance depth (cm)</source>
        <translation>Глубина разминирования (см)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="113"/>
        <source>Reason (to take sectors out of cleared)</source>
        <translation>Причина (чтобы снять с секторов статус «очищен»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="114"/>
        <source>Mark in workspace</source>
        <translation>Отметить в рабочей области</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="116"/>
        <source>Marked sectors</source>
        <translation>Отмеченные секторы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="118"/>
        <source>Audit entries</source>
        <translation>Записи журнала изменений</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="119"/>
        <source>Number of sectors marked</source>
        <translation>Число отмеченных секторов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="122"/>
        <source>GPS tracks as teams record them: a GPX file holds several layers (waypoints, routes, tracks, route_points, track_points); give its tracks as CLEARED=file.gpx|layername=tracks (a GPX path without a layer name is read so too, said in the log). A KML file of lane lines, or of cleared polygons, is given as it is.</source>
        <translation>GPS-треки в том виде, как их записывают группы: файл GPX содержит несколько слоёв (waypoints, routes, tracks, route_points, track_points); его треки указываются как CLEARED=file.gpx|layername=tracks (путь к GPX без имени слоя читается так же, о чём сообщается в журнале). Файл KML с линиями проходов или с очищенными полигонами указывается как есть.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="138"/>
        <source>SECTORS has no field {field}.</source>
        <translation>В SECTORS нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="142"/>
        <source>STATUS must be one of: {values}.</source>
        <translation>STATUS должен быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="146"/>
        <source>METHOD must be one of: {values}.</source>
        <translation>METHOD должен быть одним из: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="157"/>
        <source>Reading sectors and cleared ground</source>
        <translation>Чтение секторов и очищенной территории</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="168"/>
        <source>Measuring overlaps</source>
        <translation>Измерение перекрытий</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="200"/>
        <source>Sector {id} is cleared: give REASON to mark it {status}; left unchanged.</source>
        <translation>Сектор {id} очищен: чтобы отметить его как {status}, укажите REASON; оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="215"/>
        <source>{marked} of {total} sectors marked {status} in {workspace}; {audit} audit rows.</source>
        <translation>{marked} из {total} секторов отмечены как {status} в {workspace}; записей в журнале изменений: {audit}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="218"/>
        <source>{marked} of {total} sectors marked {status}; {audit} audit rows.</source>
        <translation>{marked} из {total} секторов отмечены как {status}; записей в журнале изменений: {audit}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="220"/>
        <source>{count} cleared sectors left unchanged (no REASON).</source>
        <translation>{count} очищенных секторов оставлены без изменений (нет REASON).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="254"/>
        <source>CLEARED is a GPX file: its tracks are read ({value}|layername=tracks).</source>
        <translation>CLEARED — файл GPX: читаются его треки ({value}|layername=tracks).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="271"/>
        <source>DATE {value} is not a date (use YYYY-MM-DD).</source>
        <translation>DATE {value} не является датой (используйте ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="288"/>
        <source>Sector row {row} ({id}) has no geometry; left unchanged.</source>
        <translation>У строки сектора {row} ({id}) нет геометрии; оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="293"/>
        <source>Sector row {row} ({id}) is invalid ({reason}); it was repaired.</source>
        <translation>Строка сектора {row} ({id}) некорректна ({reason}); исправлена.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="307"/>
        <source>Sector row {row} ({id}) lies at ({x:.10g}, {y:.10g}), which is not a longitude/latitude: {count} sectors are not where the layer's CRS ({crs}) puts them. Set the layer's CRS to the one its coordinates are in (Layer Properties ▸ Source), then run again; nothing was marked.</source>
        <translation>Сектор в строке {row} ({id}) находится в точке ({x:.10g}, {y:.10g}), а это не долгота/широта: {count} секторов лежат не там, куда их помещает система координат слоя ({crs}). Задайте слою систему координат, в которой записаны его координаты (Свойства слоя ▸ Источник), и запустите снова; ничего не отмечено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="318"/>
        <source>a point does not show cleared ground (use polygons or lane tracks)</source>
        <translation>точка не показывает очищенную территорию (используйте полигоны или треки проходов)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="320"/>
        <source>CLEARED row {row} not used: {problem}.</source>
        <translation>Строка CLEARED {row} не использована: {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="324"/>
        <source>CLEARED row {row} is invalid ({reason}); it was repaired.</source>
        <translation>Строка CLEARED {row} некорректна ({reason}); исправлена.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="25"/>
        <source>Package for a field team (QField)</source>
        <translation>Пакет для полевой группы (QField)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="27"/>
        <location filename="../processing/algorithms/sync_field.py" line="35"/>
        <location filename="../ui/history.py" line="29"/>
        <location filename="../ui/import_dialog.py" line="95"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="28"/>
        <source>Writes a folder that QField opens offline for one team: a QGIS project and one GeoPackage holding the team's sectors, the minefield records and hazard areas as background (read-only), a finds layer with its form and a cleared-lanes line layer for QField's position tracking.

The finds form: a uuid made on the device (uuid(), hidden), the date found (today by default), the device category and the model as lists from the ordnance dictionary, quantity, depth in cm, the sector, notes and photos (stored under DCIM/ in the package folder, with paths relative to it). In the sectors only status, status_date and depth_cm can be changed.

WORKSPACE: the workspace to package from (a GeoPackage path or postgres:CONNECTION/SCHEMA). TEAM: the team's name, written with every find and change it brings back.

SECTORS, RECORDS, HAZARDS: each either comma-separated ids (R-12-0-3, R-12-0-4), or a QGIS expression after '=' (=&quot;parent_id&quot; = 'R-12'), or empty. SECTORS empty: the sectors of the given RECORDS and HAZARDS, or, when neither is given, the sectors whose team is TEAM. RECORDS empty: the records of the chosen sectors and hazards. HAZARDS empty: the hazard areas of the chosen sectors and records. An id the workspace does not hold is refused.

The package remembers what it was made from (the workspace, the team, each sector's version and values) in its GeoPackage; clearground:syncfield merges it back.

OUTPUT_FOLDER: a new or empty folder (never the workspace or its folder). Copy it to the device's QField/Imported Projects folder, or upload it to QFieldCloud with QFieldSync.</source>
        <translation>Записывает папку, которую QField открывает офлайн для одной группы: проект QGIS и один GeoPackage, содержащий секторы группы, записи минных полей и опасные районы как фон (только для чтения), слой находок (finds) с формой и линейный слой очищенных проходов для отслеживания положения в QField.

Форма находок: uuid, создаваемый на устройстве (uuid(), скрыт), дата находки (по умолчанию сегодня), категория боеприпаса и модель в виде списков из словаря боеприпасов, количество, глубина в см, сектор, примечания и фото (хранятся в DCIM/ в папке пакета, с путями относительно неё). В секторах можно изменять только status, status_date и depth_cm.

WORKSPACE: рабочее пространство, из которого создаётся пакет (путь к GeoPackage или postgres:CONNECTION/SCHEMA). TEAM: название группы, записываемое с каждой находкой и каждым изменением, которые она возвращает.

SECTORS, RECORDS, HAZARDS: каждое — либо идентификаторы через запятую (R-12-0-3, R-12-0-4), либо выражение QGIS после '=' (=&quot;parent_id&quot; = 'R-12'), либо пусто. SECTORS пусто: секторы заданных RECORDS и HAZARDS, а если не задано ни то ни другое — секторы, закреплённые за группой TEAM. RECORDS пусто: записи выбранных секторов и опасных районов. HAZARDS пусто: опасные районы выбранных секторов и записей. Идентификатор, которого нет в рабочем пространстве, отклоняется.

Пакет хранит в своём GeoPackage, из чего он создан (рабочее пространство, группа, версия и значения каждого сектора); clearground:syncfield объединяет его обратно.

OUTPUT_FOLDER: новая или пустая папка (никогда не рабочее пространство или его папка). Скопируйте её в папку QField/Imported Projects на устройстве или загрузите в QFieldCloud с помощью QFieldSync.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="58"/>
        <source>Workspace to package from</source>
        <translation>Рабочее пространство для создания пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/base.py" line="69"/>
        <source>ClearGround workspace (*.gpkg)</source>
        <translation>Рабочая область ClearGround (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/algorithms/sync_field.py" line="70"/>
        <location filename="../processing/base.py" line="69"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="62"/>
        <source>Minefield records (ids, or =expression)</source>
        <translation>Записи о минных полях (идентификаторы или =выражение)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="64"/>
        <source>Hazard areas (ids, or =expression)</source>
        <translation>Опасные районы (идентификаторы или =выражение)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="66"/>
        <source>Sectors (ids, or =expression)</source>
        <translation>Секторы (идентификаторы или =выражение)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="67"/>
        <source>Package folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="68"/>
        <source>Package project</source>
        <translation>Проект пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="69"/>
        <source>Package GeoPackage</source>
        <translation>GeoPackage пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="83"/>
        <source>Give the team's name (TEAM).</source>
        <translation>Укажите название группы (TEAM).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="90"/>
        <source>Give the workspace to package from (WORKSPACE).</source>
        <translation>Укажите рабочее пространство, из которого создать пакет (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="101"/>
        <source>Package for team {team} written to {folder}: {sectors} sectors, {hazards} hazard areas, {records} records.</source>
        <translation>Пакет для группы {team} записан в {folder}: секторов — {sectors}, опасных районов — {hazards}, записей — {records}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="33"/>
        <source>Sync a returned field package</source>
        <translation>Синхронизировать возвращённый полевой пакет</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="36"/>
        <source>Merges a field package made by clearground:packagefield, after QField, back into the workspace it was made from, in one transaction: on any error nothing is written.

Finds: each new find is checked (category and model through the ordnance dictionary, date, depth) and added with its uuid; a find whose uuid is already in the workspace, or that duplicates one (within 1 m, same date and model), is skipped, so syncing the same package twice adds nothing. Its photos are copied beside the workspace (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; for PostGIS, &lt;schema&gt;_photos beside the package folder) and linked in finds.photo with paths relative to the folder that holds them.

Sectors: a status, status_date or depth_cm changed in the field is applied through the version check: a sector changed at the centre since the package was made is a conflict, reported with both values and never overwritten. A sector its cleared lanes cover to MIN_OVERLAP percent becomes cleared (the tracks as wide as LANE_WIDTH, else as their own width_m). Taking a sector out of cleared needs a reason and is left to the dock.

Every merged item is written to audit_log with the team (GeoPackage: as its user; PostGIS: the database names the login, the note names the team).

PACKAGE: the package folder or its GeoPackage; a folder that is not a ClearGround package, or a package made from another workspace, is refused. OUTPUT_REPORT: one row per item: outcome (merged, skipped, conflict), layer, key, field, old_value (the workspace's), new_value (the package's), message.</source>
        <translation>Объединяет полевой пакет, созданный clearground:packagefield, после работы в QField обратно с рабочим пространством, из которого он был создан, в одной транзакции: при любой ошибке ничего не записывается.

Находки: каждая новая находка проверяется (категория и модель — по справочнику боеприпасов, дата, глубина) и добавляется со своим uuid; находка, чей uuid уже есть в рабочем пространстве или которая дублирует имеющуюся (в пределах 1 м, с той же датой и моделью), пропускается, поэтому повторная синхронизация того же пакета ничего не добавляет. Её фотографии копируются рядом с рабочим пространством (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; для PostGIS — &lt;schema&gt;_photos рядом с папкой пакета) и связываются в finds.photo путями относительно папки, в которой они хранятся.

Секторы: изменённые в поле status, status_date или depth_cm применяются через проверку версии: сектор, изменённый в центре после создания пакета, считается конфликтом, о нём сообщается с обоими значениями, и он никогда не перезаписывается. Сектор, который его очищенные проходы покрывают не менее чем на MIN_OVERLAP процентов, становится очищенным (треки берутся шириной LANE_WIDTH, иначе — своей шириной width_m). Снятие с сектора статуса очищенного требует указания причины и выполняется на панели.

Каждый объединённый элемент записывается в audit_log с указанием группы (GeoPackage: как её пользователь; PostGIS: база данных фиксирует логин, примечание — группу).

PACKAGE: папка пакета или его GeoPackage; папка, не являющаяся пакетом ClearGround, или пакет, созданный из другого рабочего пространства, отклоняется. OUTPUT_REPORT: по одной строке на элемент: outcome (merged, skipped, conflict), layer, key, field, old_value (значение рабочего пространства), new_value (значение пакета), message.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="66"/>
        <source>Workspace the package was made from</source>
        <translation>Рабочее пространство, из которого создан пакет</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="69"/>
        <source>Returned package (folder or its GeoPackage)</source>
        <translation>Возвращённый пакет (папка или её GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="72"/>
        <source>Width of the cleared lanes (m; empty: as the tracks say)</source>
        <translation>Ширина очищенных проходов (м; пусто: как указано в треках)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="75"/>
        <source>Minimum cover by cleared lanes (% of a sector)</source>
        <translation>Минимальное покрытие очищенными проходами (% сектора)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="77"/>
        <source>Sync report</source>
        <translation>Отчёт о синхронизации</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items merged</source>
        <translation>Объединённые элементы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items skipped</source>
        <translation>Пропущенные элементы</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="79"/>
        <source>Items in conflict</source>
        <translation>Элементы в конфликте</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="85"/>
        <source>Give the returned package (PACKAGE).</source>
        <translation>Укажите возвращённый пакет (PACKAGE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="88"/>
        <source>Give the workspace the package was made from (WORKSPACE).</source>
        <translation>Укажите рабочее пространство, из которого был создан пакет (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="116"/>
        <source>{layer}: {merged} merged, {skipped} skipped, {conflict} in conflict.</source>
        <translation>{layer}: объединено {merged}, пропущено {skipped}, в конфликте {conflict}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="122"/>
        <source>Conflict, {layer} {key} {field}: the workspace has {old}, the package {new}. {message}</source>
        <translation>Конфликт, {layer} {key} {field}: в рабочем пространстве {old}, в пакете {new}. {message}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="127"/>
        <source>{count} photos copied to {folder}.</source>
        <translation>Скопировано фотографий в {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="52"/>
        <source>Tally finds per district</source>
        <translation>Подсчёт находок по районам</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="55"/>
        <source>Counts finds per district and period, one column per device category (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) and a total, weighted by a quantity field when one is given; with sectors, adds the hectares cleared, reduced and cancelled in each district and period.

District field: the value written in the 'district' column. Names can repeat (two districts may share a name), so choose an id field when you need a unique key. When left empty, the first field called 'district', else the first text field with 'name' in its name, else the first text field is used.

Every find is counted exactly once: a find on a boundary shared by two districts goes to the first of them in the layer; finds outside every district, or without a position, are counted in the 'unassigned' row, so the rows add up to the input. Categories are read with the usual spellings (APM, anti-personnel, ТМ, ...); a category that maps to none is counted as OTHER and listed in the log with the find ids. An empty quantity counts as 1.

Period: none, year, quarter, month or week (ISO weeks, starting on Monday). With a period or a date range, finds are placed by the date field (default: found_date) and sectors by their status_date; every period from the first to the last date is listed, empty or not, and rows without a date are left out and listed in the log. The date range includes both ends.

Hectares: sectors with the status cleared, reduced or cancelled; a sector that crosses a district boundary counts in each district by its share of area. Areas are ellipsoidal (WGS84). Inputs may be in any CRS.

Outputs: a table with one row per period and district (then 'unassigned'), and the district layer with every one of its fields and the totals over the whole date range (a district field that has the name of a total column gets the suffix _2).</source>
        <translation>Подсчитывает находки по районам и периодам: по столбцу на каждую категорию ВОП (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) и итог, с весом по полю количества, если оно задано; с секторами добавляет гектары, очищенные, сокращённые и исключённые в каждом районе и периоде.

Поле района: значение, которое записывается в столбец 'district'. Названия могут повторяться (у двух районов может быть одно название), поэтому, если нужен уникальный ключ, выберите поле идентификатора. Если поле не задано, используется первое поле с именем 'district', иначе первое текстовое поле, в имени которого есть 'name', иначе первое текстовое поле.

Каждая находка учитывается ровно один раз: находка на общей границе двух районов относится к первому из них в слое; находки вне всех районов или без местоположения учитываются в строке 'unassigned', так что сумма строк равна входным данным. Категории читаются в распространённых написаниях (APM, anti-personnel, ТМ, ...); категория, не соответствующая ни одной, учитывается как OTHER и перечисляется в журнале с идентификаторами находок. Пустое количество считается за 1.

Период: none, year, quarter, month или week (недели ISO, с понедельника). При периоде или диапазоне дат находки распределяются по полю даты (по умолчанию found_date), а секторы — по status_date; перечисляются все периоды от первой до последней даты, пустые или нет, а строки без даты исключаются и перечисляются в журнале. Диапазон дат включает оба конца.

Гектары: секторы со статусом cleared, reduced или cancelled; сектор, пересекающий границу района, учитывается в каждом районе по доле площади. Площади эллипсоидальные (WGS84). Входные данные могут быть в любой системе координат.

Результаты: таблица с одной строкой на период и район (затем 'unassigned') и слой районов со всеми его полями и итогами за весь диапазон дат (поле района, совпадающее по имени со столбцом итогов, получает суффикс _2).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="98"/>
        <source>District name or id field</source>
        <translation>Поле названия или идентификатора района</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="101"/>
        <location filename="../ui/tabs/tally.py" line="124"/>
        <source>Category field</source>
        <translation>Поле категории</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="104"/>
        <source>Quantity field (weight)</source>
        <translation>Поле количества (вес)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="107"/>
        <location filename="../ui/tabs/tally.py" line="126"/>
        <source>Date field</source>
        <translation>Поле даты</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="117"/>
        <source>Sectors (for hectares released)</source>
        <translation>Секторы (для высвобожденных гектаров)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="119"/>
        <location filename="../ui/tabs/tally.py" line="69"/>
        <location filename="../ui/tabs/tally.py" line="135"/>
        <source>Tally</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="121"/>
        <source>Districts with totals</source>
        <translation>Районы с итогами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="122"/>
        <source>Finds tallied</source>
        <translation>Учтено находок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="123"/>
        <source>Finds outside every district</source>
        <translation>Находки вне всех районов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="124"/>
        <source>Finds of an unknown category</source>
        <translation>Находки неизвестной категории</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="125"/>
        <source>Finds without position</source>
        <translation>Находки без местоположения</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="126"/>
        <source>Finds without date (left out)</source>
        <translation>Находки без даты (исключены)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="127"/>
        <source>Finds outside the date range</source>
        <translation>Находки вне диапазона дат</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="148"/>
        <source>A period or a date range needs the finds' date: choose the date field.</source>
        <translation>Для периода или диапазона дат нужна дата находок: выберите поле даты.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="151"/>
        <location filename="../processing/algorithms/tally_finds.py" line="152"/>
        <location filename="../processing/algorithms/tally_finds.py" line="153"/>
        <source>finds</source>
        <translation>находок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="154"/>
        <source>districts</source>
        <translation>районов</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="156"/>
        <source>The {layer} layer has no field '{field}'.</source>
        <translation>В слое {layer} нет поля «{field}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="159"/>
        <source>Reading districts…</source>
        <translation>Чтение районов…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="163"/>
        <source>Reading finds…</source>
        <translation>Чтение находок…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="183"/>
        <source>Finds: {error}</source>
        <translation>Находки: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="194"/>
        <source>Tallying…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="205"/>
        <source>Field '{field}': {reason}. Rows: {rows}</source>
        <translation>Поле «{field}»: {reason}. Строки: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="216"/>
        <source>{total} finds tallied in {n} districts; {unassigned} unassigned.</source>
        <translation>Подсчитано {total} находок в {n} районах; вне районов: {unassigned}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="261"/>
        <source>{n} rows have a '{field}' that is not a date (left out as undated): {ids}</source>
        <translation>в {n} строках «{field}» не является датой (исключены как строки без даты): {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="268"/>
        <source>The sectors layer has no field 'status'.</source>
        <translation>В слое секторов нет поля «status».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="270"/>
        <source>A period or a date range needs the sectors' 'status_date' field, which this layer lacks.</source>
        <translation>Для периода или диапазона дат нужно поле секторов «status_date», которого в этом слое нет.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="273"/>
        <source>Reading sectors…</source>
        <translation>Чтение секторов…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="284"/>
        <source>{n} finds have a category that maps to none of AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER; counted as OTHER: {ids}</source>
        <translation>категория {n} находок не соответствует ни одной из AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER; учтены как OTHER: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="286"/>
        <source>{n} finds have no position; counted as unassigned: {ids}</source>
        <translation>у {n} находок нет местоположения; учтены как находки вне районов: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="287"/>
        <source>{n} finds have no date; left out of the dated tally: {ids}</source>
        <translation>у {n} находок нет даты; исключены из подсчёта по датам: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="288"/>
        <source>{n} finds have no quantity; counted as 1: {ids}</source>
        <translation>у {n} находок не указано количество; учтены как 1: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="294"/>
        <source>{n} finds are dated outside the date range and were left out.</source>
        <translation>{n} находок датированы вне диапазона дат и исключены.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="299"/>
        <source>{n} released sectors have no geometry; left out: {ids}</source>
        <translation>у {n} высвобожденных секторов нет геометрии; исключены: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="300"/>
        <source>{n} released sectors have no status_date; left out: {ids}</source>
        <translation>у {n} высвобожденных секторов нет status_date; исключены: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="301"/>
        <source>{n} sectors have a status that is none of planned, in_progress, cleared, reduced, cancelled; not counted: {ids}</source>
        <translation>статус {n} секторов не входит в число planned, in_progress, cleared, reduced, cancelled; не учтены: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="388"/>
        <source>A district is called '{name}', the name of the row of finds outside every district; choose another district field.</source>
        <translation>Один из районов называется «{name}», как строка находок вне районов; выберите другое поле района.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="407"/>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="139"/>
        <source>WORKSPACE: a ClearGround workspace to write into: a GeoPackage path, or a PostGIS workspace as postgres:CONNECTION/SCHEMA (the name of a QGIS PostgreSQL connection; the name alone when it reaches one workspace). Everything is written in one transaction: an error leaves the workspace as it was.</source>
        <translation>WORKSPACE: рабочая область ClearGround, в которую выполняется запись: путь к GeoPackage или рабочая область PostGIS в виде postgres:CONNECTION/SCHEMA (имя подключения PostgreSQL в QGIS; только имя, если подключение ведёт к одной рабочей области). Всё записывается в одной транзакции: при ошибке рабочая область остаётся прежней.</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="152"/>
        <source>Choose a new file (or a temporary output) for {output}.</source>
        <translation>Выберите для {output} новый файл (или временный вывод).</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="155"/>
        <source>{output} is the workspace file {file}: writing it would replace the whole workspace. {instead}</source>
        <translation>{output} указывает на файл рабочей области {file}: запись в него заменила бы всю рабочую область. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="158"/>
        <location filename="../processing/destinations.py" line="163"/>
        <source>{output} is the workspace's layer {layer}: the algorithm writes into the workspace itself through WORKSPACE. {instead}</source>
        <translation>{output} указывает на слой рабочей области {layer}: алгоритм сам записывает в рабочую область через WORKSPACE. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="167"/>
        <source>{output} is the input {input} itself ({layer}): writing it would delete what is being read. To change a workspace in place, give WORKSPACE and leave {output} empty; otherwise choose a new file (or a temporary output) for {output}.</source>
        <translation>{output} — это сам вход {input} ({layer}): запись в него удалила бы то, что читается. Чтобы изменить рабочую область на месте, укажите WORKSPACE и оставьте {output} пустым; иначе выберите для {output} новый файл (или временный вывод).</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="172"/>
        <source>{output} is the file of the input {input} ({file}): writing it would replace that file. {instead}</source>
        <translation>{output} указывает на файл входа {input} ({file}): запись в него заменила бы этот файл. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="176"/>
        <source>{output} is the layer {layer} of the workspace {file}. {instead}</source>
        <translation>{output} указывает на слой {layer} рабочей области {file}. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/enum_labels.py" line="72"/>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="59"/>
        <source>Give the folder to write the package into (OUTPUT_FOLDER).</source>
        <translation>Укажите папку, в которую записать пакет (OUTPUT_FOLDER).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="63"/>
        <source>OUTPUT_FOLDER is the workspace {name} itself; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER — это само рабочее пространство {name}; выберите новую пустую папку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="66"/>
        <source>OUTPUT_FOLDER is the workspace's own folder; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER — это собственная папка рабочего пространства; выберите новую пустую папку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="68"/>
        <source>OUTPUT_FOLDER {path} is a file; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER {path} — это файл; выберите новую пустую папку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="70"/>
        <source>OUTPUT_FOLDER {path} is not empty; choose a new, empty folder (a package is never written over other files).</source>
        <translation>Папка OUTPUT_FOLDER {path} не пуста; выберите новую пустую папку (пакет никогда не записывается поверх других файлов).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="78"/>
        <source>The workspace layer {layer} cannot be read.</source>
        <translation>Не удаётся прочитать слой рабочего пространства {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="87"/>
        <source>The {kind} expression cannot be read: {error}</source>
        <translation>Не удаётся прочитать выражение {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="93"/>
        <source>The workspace has no {kind} {ids}.</source>
        <translation>В рабочем пространстве нет {kind} {ids}.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="109"/>
        <source>records</source>
        <translation>записи</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="110"/>
        <source>hazard areas</source>
        <translation>опасные районы</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="113"/>
        <source>sectors</source>
        <translation>секторы</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="120"/>
        <source>No sector was chosen for team {team}: name SECTORS, RECORDS or HAZARDS, or assign sectors to the team.</source>
        <translation>Для группы {team} не выбран ни один сектор: укажите SECTORS, RECORDS или HAZARDS либо назначьте группе секторы.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="52"/>
        <source>Cleared lanes</source>
        <translation>Очищенные проходы</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="59"/>
        <source>ClearGround field package, team {team}</source>
        <translation>Полевой пакет ClearGround, группа {team}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="68"/>
        <source>The package layer {layer} cannot be opened.</source>
        <translation>Не удаётся открыть слой пакета {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="83"/>
        <source>The package project {path} cannot be written: {error}</source>
        <translation>Не удаётся записать проект пакета {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Date found</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Device category</source>
        <translation>Категория устройства</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="161"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="51"/>
        <source>This field package was made from the workspace {made} ({name}), not from {this}; nothing was merged.</source>
        <translation>Этот полевой пакет создан из рабочего пространства {made} ({name}), а не из {this}; ничего не объединено.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="63"/>
        <source>field package {name}</source>
        <translation>полевой пакет {name}</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="122"/>
        <source>Read to mark the sectors the lanes cover (marked: {sectors}); the workspace has no layer of lanes, so the track itself stays in the package.</source>
        <translation>Прочитано для отметки секторов, которые покрывают проходы (отмечено: {sectors}); в рабочем пространстве нет слоя проходов, поэтому сам трек остаётся в пакете.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="136"/>
        <source>The photo is not in the package folder; the find was merged without it.</source>
        <translation>Фото нет в папке пакета; находка объединена без него.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="149"/>
        <source>Row {row} ({field} {id}): no sectors, {problem}.</source>
        <translation>Строка {row} ({field} {id}): секторов нет, {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="164"/>
        <source>the field {field} is empty</source>
        <translation>поле {field} пустое</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="166"/>
        <source>the id {id} is used by an earlier row</source>
        <translation>идентификатор {id} уже занят предыдущей строкой</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="170"/>
        <source>Row {row} ({field} {id}): the polygon is invalid ({reason}); it was repaired before cutting sectors.</source>
        <translation>Строка {row} ({field} {id}): полигон некорректен ({reason}); он исправлен перед нарезкой секторов.</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="105"/>
        <source>Both fits of record {record}</source>
        <translation>Оба совмещения записи {record}</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Best fit</source>
        <translation>Лучшее совмещение</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Runner-up</source>
        <translation>Второе</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="34"/>
        <source>The chart needs matplotlib, which this QGIS lacks.</source>
        <translation>Для диаграммы нужен matplotlib, которого нет в этой QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="61"/>
        <location filename="../ui/choropleth.py" line="71"/>
        <source>No finds</source>
        <translation>Находок нет</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="90"/>
        <source>Reload sector {sector}</source>
        <translation>Перезагрузить сектор {sector}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="102"/>
        <source>Sector {sector} no longer exists.</source>
        <translation>Сектора {sector} больше нет.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="106"/>
        <source>Sector {sector} reloaded: now “{status}”, version {version}.</source>
        <translation>Сектор {sector} перезагружен: теперь “{status}”, версия {version}.</translation>
    </message>
    <message>
        <location filename="../ui/district_picker.py" line="84"/>
        <source>Districts of Azerbaijan (geoBoundaries)</source>
        <translation>Районы Азербайджана (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="80"/>
        <source>New ClearGround workspace</source>
        <translation>Новая рабочая область ClearGround</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="85"/>
        <source>Created workspace {name}.</source>
        <translation>Создана рабочая область {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="89"/>
        <source>Open ClearGround workspace</source>
        <translation>Открыть рабочую область ClearGround</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="92"/>
        <location filename="../ui/dock.py" line="107"/>
        <source>Opened workspace {name}.</source>
        <translation>Открыта рабочая область {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Open a GeoPackage workspace to copy it to PostGIS.</source>
        <translation>Откройте рабочую область GeoPackage, чтобы скопировать её в PostGIS.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="153"/>
        <source>The map is now in {crs} ({name}), the UTM zone where most of the workspace lies, so that sectors keep their shape; change it in Project ▸ Properties ▸ CRS.</source>
        <translation>Карта теперь в {crs} ({name}) — зоне UTM, где лежит большая часть рабочего пространства, чтобы секторы сохраняли форму; изменить: Проект ▸ Свойства ▸ СК.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="161"/>
        <source>Open PostGIS workspace…</source>
        <translation>Открыть рабочую область PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="162"/>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="167"/>
        <source>Copy to PostGIS…</source>
        <translation>Копировать в PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="169"/>
        <source>Close workspace</source>
        <translation>Закрыть рабочую область</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="174"/>
        <source>No workspace open. Create or open one from the Workspace menu.</source>
        <translation>Рабочая область не открыта. Создайте или откройте её в меню «Рабочая область».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="177"/>
        <source>Workspace: {name} (schema v{version})</source>
        <translation>Рабочая область: {name} (схема v{version})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Sector or record</source>
        <translation>Сектор или формуляр</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="30"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="53"/>
        <source>“{reason}” (it was {status})</source>
        <translation>“{reason}” (было: {status})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="62"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="118"/>
        <source>{count} change(s).</source>
        <translation>Изменений: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="119"/>
        <source>No change has been saved yet.</source>
        <translation>Изменения ещё не сохранялись.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>AP</source>
        <translation>ПП</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>AT</source>
        <translation>ПТ</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="47"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Text in the file</source>
        <translation>Текст в файле</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="74"/>
        <source>Mine maps (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>Формуляры минных полей (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="86"/>
        <source>Magnetic declination, degrees east, for rows that give none</source>
        <translation>Магнитное склонение в градусах к востоку для строк, где оно не указано</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="87"/>
        <location filename="../ui/tabs/records.py" line="357"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="90"/>
        <source>Magnetic declination</source>
        <translation>Магнитное склонение</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="95"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="96"/>
        <source>Why, and values in the file</source>
        <translation>Обоснование и значения в файле</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="107"/>
        <source>In a field mapping: {code}</source>
        <translation>В сопоставлении полей: {code}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="142"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="146"/>
        <source>Choose a row to read it whole.</source>
        <translation>Выберите строку, чтобы прочитать её полностью.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="158"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="161"/>
        <location filename="../ui/tabs/records.py" line="367"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="224"/>
        <source>{why}; e.g. {samples}</source>
        <translation>{why}; напр. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="226"/>
        <source>chosen by you; e.g. {samples}</source>
        <translation>выбрано вами; напр. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="234"/>
        <source>Which column is {target}? {question}</source>
        <translation>Какой столбец — {target}? {question}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="310"/>
        <source>Row {row}</source>
        <translation>Строка {row}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="312"/>
        <source>Why it was rejected: {reason}</source>
        <translation>Причина отклонения: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="313"/>
        <source>Text in the file: {text}</source>
        <translation>Текст в файле: {text}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="327"/>
        <source>The choices changed: press Preview to see the result.</source>
        <translation>Параметры изменились: нажмите «Предпросмотр», чтобы увидеть результат.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="356"/>
        <source>Records ({n})</source>
        <translation>Формуляры ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="357"/>
        <source>Errors ({n})</source>
        <translation>Ошибки ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="358"/>
        <source>{read} rows read as {mode}: {imported} to import, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>Прочитано строк как {mode}: {read}; к импорту: {imported}, отклонено: {rejected}; формуляров: {records}, мин: {mines}.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="364"/>
        <source>Preview of the first {n} rows; the import reads the whole file.</source>
        <translation>Предпросмотр первых {n} строк; импорт читает весь файл.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="48"/>
        <source>{count} sector(s) chosen.</source>
        <translation>Выбрано секторов: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="57"/>
        <location filename="../ui/mark_form.py" line="59"/>
        <location filename="../ui/mark_form.py" line="64"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="67"/>
        <source>Reason (the sector leaves 'cleared')</source>
        <translation>Причина (с сектора снимается статус «очищен»)</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="74"/>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="121"/>
        <source>Say why a cleared sector is taken out of 'cleared'.</source>
        <translation>Укажите, почему с очищенного сектора снимается статус «очищен».</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="165"/>
        <source>{count} sector(s) marked “{status}”. Press Save edits in the Sectors tab to keep them (Cancel edits drops them).</source>
        <translation>Секторов с отметкой “{status}”: {count}. Нажмите “Сохранить правки” на вкладке “Секторы”, чтобы их сохранить (“Отменить правки” их отбросит).</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="169"/>
        <source>The chosen sectors already have these values.</source>
        <translation>У выбранных секторов уже есть эти значения.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="273"/>
        <location filename="../workspace/sector_edits.py" line="122"/>
        <source>The layer {layer} cannot be edited.</source>
        <translation>Слой {layer} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="359"/>
        <source>Open a workspace first: Mark sectors works on its sectors layer.</source>
        <translation>Сначала откройте рабочую область: «Отметить секторы» работает с её слоем секторов.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>ClearGround needs packages that this QGIS lacks.</source>
        <translation>Для ClearGround нужны пакеты, которых нет в этой QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="30"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="31"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="32"/>
        <source>read only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="33"/>
        <source>no access</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="49"/>
        <source>PostGIS workspace</source>
        <translation>Рабочая область PostGIS</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="57"/>
        <source>QGIS connection</source>
        <translation>Подключение QGIS</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="59"/>
        <source>Workspaces in this database</source>
        <translation>Рабочие области в этой базе данных</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="63"/>
        <source>or a new schema name</source>
        <translation>или имя новой схемы</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="82"/>
        <source>QGIS has no PostgreSQL connection yet. Add one in the Browser (PostgreSQL &gt; New Connection), preferably with an authentication configuration, then come back.</source>
        <translation>В QGIS пока нет подключений PostgreSQL. Добавьте подключение в Браузере (PostgreSQL &gt; Новое подключение), лучше с конфигурацией аутентификации, и вернитесь.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="103"/>
        <source>{schema} ({level})</source>
        <translation>{schema} ({level})</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="143"/>
        <source>This database holds no ClearGround workspace you can see.</source>
        <translation>В этой базе данных нет доступных вам рабочих областей ClearGround.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="147"/>
        <source>The connection &quot;{name}&quot; keeps its password in plain settings. ClearGround never copies it into the project; QGIS will ask for it. Prefer an authentication configuration.</source>
        <translation>Подключение «{name}» хранит пароль в открытом виде в настройках. ClearGround никогда не копирует его в проект; QGIS запросит его. Лучше используйте конфигурацию аутентификации.</translation>
    </message>
    <message>
        <location filename="../ui/project_layers.py" line="25"/>
        <location filename="../ui/project_layers.py" line="26"/>
        <source>ClearGround: {name}</source>
        <translation>ClearGround: {name}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="72"/>
        <source>Find outside records</source>
        <translation>Находка вне формуляров</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="76"/>
        <source>Unmatched recorded mine</source>
        <translation>Мина по формуляру без находки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Acknowledged</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <location filename="../ui/tabs/discrepancies.py" line="147"/>
        <source>Resolved</source>
        <translation>Устранено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>fitted</source>
        <translation>совмещено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>ambiguous</source>
        <translation>неоднозначно</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>too few finds</source>
        <translation>слишком мало находок</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="85"/>
        <location filename="../workspace/report_layout.py" line="370"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="105"/>
        <source>unrecorded</source>
        <translation>не учтено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="106"/>
        <source>missing</source>
        <translation>недостача</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="108"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="109"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="110"/>
        <source>m off</source>
        <translation>м смещения</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="111"/>
        <source>after clearance</source>
        <translation>после разминирования</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="140"/>
        <source>{kind}, {severity}</source>
        <translation>{kind}, {severity}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="149"/>
        <location filename="../workspace/report_layout.py" line="115"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="218"/>
        <location filename="../ui/tabs/discrepancies.py" line="219"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="220"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="221"/>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="222"/>
        <source>Perimeter buffer</source>
        <translation>Буфер периметра</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="223"/>
        <source>Cleared before counts are compared</source>
        <translation>Очищено до сравнения числа мин</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="224"/>
        <source>Draw lines from matched finds to their recorded mines</source>
        <translation>Провести линии от сопоставленных находок к минам по формулярам</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="228"/>
        <source>Run analysis</source>
        <translation>Запустить анализ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="229"/>
        <location filename="../ui/tabs/records.py" line="79"/>
        <location filename="../ui/tabs/report.py" line="99"/>
        <location filename="../ui/tabs/sectors.py" line="115"/>
        <location filename="../ui/tabs/tally.py" line="136"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="244"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="247"/>
        <source>All severities</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="250"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="253"/>
        <location filename="../ui/tabs/discrepancies.py" line="448"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="278"/>
        <location filename="../ui/tabs/discrepancies.py" line="520"/>
        <source>Choose a flag to read it whole.</source>
        <translation>Выберите отметку, чтобы прочитать её полностью.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="283"/>
        <source>Note (what was done, by whom)</source>
        <translation>Примечание (что сделано и кем)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="284"/>
        <source>Acknowledge</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="285"/>
        <source>Resolve</source>
        <translation>Отметить устранённым</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="286"/>
        <source>Reopen</source>
        <translation>Открыть заново</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="345"/>
        <location filename="../ui/tabs/records.py" line="128"/>
        <location filename="../ui/tabs/records.py" line="143"/>
        <location filename="../ui/tabs/records.py" line="193"/>
        <location filename="../ui/tabs/records.py" line="206"/>
        <location filename="../ui/tabs/report.py" line="172"/>
        <location filename="../ui/tabs/sectors.py" line="234"/>
        <source>Open a workspace first.</source>
        <translation>Сначала откройте рабочую область.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis was cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis failed.</source>
        <translation>Анализ не удался.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="389"/>
        <source>{total} flags: {high} high, {medium} medium, {low} low severity.</source>
        <translation>Отметок: {total}; высокой важности: {high}, средней: {medium}, низкой: {low}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="391"/>
        <source>Some rows could not be used.</source>
        <translation>Некоторые строки не удалось использовать.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="416"/>
        <source>Matched finds to recorded mines</source>
        <translation>Находки, сопоставленные с минами по формулярам</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="452"/>
        <source>(no district)</source>
        <translation>(без района)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="496"/>
        <location filename="../ui/tabs/discrepancies.py" line="529"/>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="502"/>
        <source>{shown} of {total} flags shown.</source>
        <translation>Показано отметок: {shown} из {total}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="523"/>
        <source>Severity: {severity}</source>
        <translation>Важность: {severity}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="538"/>
        <source>Fit: {status}</source>
        <translation>Совмещение: {status}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="540"/>
        <source>(confidence {confidence:.2f})</source>
        <translation>(достоверность {confidence:.2f})</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="542"/>
        <source>Both fits are drawn on the map: filled circles where the best puts its mines, hollow diamonds where the runner-up does.</source>
        <translation>Оба совмещения нарисованы на карте: закрашенные круги — где мины ставит лучшее, полые ромбы — где второе.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="607"/>
        <source>This workspace is read-only for you.</source>
        <translation>Эта рабочая область доступна вам только для чтения.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="611"/>
        <source>Say in the note how the flag was resolved.</source>
        <translation>Укажите в примечании, как устранено расхождение.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="626"/>
        <source>The flags could not be updated.</source>
        <translation>Не удалось обновить отметки.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="631"/>
        <source>The workspace has no audit log; the change is not logged.</source>
        <translation>В рабочей области нет журнала изменений; изменение не записывается.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="637"/>
        <source>{count} flag(s) marked {status}.</source>
        <translation>Отметок, помеченных как {status}: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="49"/>
        <source>Finds (points: CSV, XLSX, GeoJSON, GeoPackage, KML, GPX waypoints)</source>
        <translation>Находки (точки: CSV, XLSX, GeoJSON, GeoPackage, KML, путевые точки GPX)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="50"/>
        <source>Hazard areas (SHA/CHA polygons of a survey)</source>
        <translation>Опасные районы (полигоны SHA/CHA по результатам обследования)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AP mines the record states</source>
        <translation>Мин AP по формуляру</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AT mines the record states</source>
        <translation>Мин AT по формуляру</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="56"/>
        <source>Mines of the record in the workspace (imported points)</source>
        <translation>Мины формуляра в рабочем пространстве (импортированные точки)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="77"/>
        <source>Import mine map…</source>
        <translation>Импорт формуляра минного поля…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="82"/>
        <source>Import field report…</source>
        <translation>Импортировать полевой отчёт…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="83"/>
        <source>Finds or hazard areas from the field: every row imported, a duplicate of what the workspace holds, or rejected with its reason</source>
        <translation>Находки или опасные районы из полевых данных: каждая строка либо импортирована, либо является дубликатом имеющегося в рабочем пространстве, либо отклонена с указанием причины</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="146"/>
        <location filename="../ui/tabs/records.py" line="209"/>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>Идёт импорт; дождитесь его окончания или отмените.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="162"/>
        <location filename="../ui/tabs/records.py" line="225"/>
        <source>The import was cancelled; the workspace was left as it was.</source>
        <translation>Импорт отменён; рабочая область не изменилась.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="167"/>
        <source>The mine map could not be imported; the workspace was left as it was.</source>
        <translation>Не удалось импортировать формуляр; рабочая область не изменилась.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="179"/>
        <source>Imported {records} records and {mines} mines; {rejected} rows rejected.</source>
        <translation>Импортировано формуляров: {records}, мин: {mines}; отклонено строк: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="230"/>
        <source>The field report could not be imported; the workspace was left as it was.</source>
        <translation>Не удалось импортировать полевой отчёт; рабочее пространство осталось без изменений.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="245"/>
        <source>Imported {added} finds; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>Импортировано находок: {added}; уже в рабочем пространстве: {duplicates}; отклонено строк: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="247"/>
        <source>Imported {added} hazard areas; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>Импортировано опасных районов: {added}; уже в рабочем пространстве: {duplicates}; отклонено строк: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="275"/>
        <source>No workspace open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="305"/>
        <source>{records} records, {mines} recorded mines.</source>
        <translation>Формуляров: {records}, мин по формулярам: {mines}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="341"/>
        <source>Import field report</source>
        <translation>Импортировать полевой отчёт</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="345"/>
        <source>Field reports (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;All files (*)</source>
        <translation>Полевые отчёты (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="355"/>
        <source>e.g. find_id=Nomre;found_date=Tarix (empty: recognised from the file)</source>
        <translation>напр. find_id=Nomre;found_date=Tarix (пусто: определяется по файлу)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="358"/>
        <source>The report holds</source>
        <translation>Отчёт содержит</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="360"/>
        <source>Field mapping</source>
        <translation>Сопоставление полей</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="362"/>
        <source>Dates are read day first (12.03.2022 and 12/03/2022 are 12 March 2022). Finds already in the workspace are counted, not added again.</source>
        <translation>В датах первым читается день (12.03.2022 и 12/03/2022 — это 12 марта 2022). Находки, уже имеющиеся в рабочем пространстве, подсчитываются, но повторно не добавляются.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="45"/>
        <location filename="../ui/tabs/report.py" line="97"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="76"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="85"/>
        <source>Also write an HTML summary beside it</source>
        <translation>Также записать рядом сводку HTML</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="89"/>
        <location filename="../ui/tabs/tally.py" line="128"/>
        <source>District name</source>
        <translation>Название района</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="90"/>
        <location filename="../ui/tabs/tally.py" line="131"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="91"/>
        <source>Table and chart by</source>
        <translation>Таблица и диаграмма по</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="92"/>
        <source>Template (optional)</source>
        <translation>Шаблон (необязательно)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="93"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="98"/>
        <source>Write the weekly report of the open workspace as a PDF</source>
        <translation>Записать еженедельный отчёт открытой рабочей области в PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="175"/>
        <source>Choose a districts layer.</source>
        <translation>Выберите слой районов.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="178"/>
        <source>Choose where to write the PDF.</source>
        <translation>Выберите, куда записать PDF.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="205"/>
        <source>A report is being built (started at {time}, {percent}% done): wait for it or cancel it.</source>
        <translation>Отчёт формируется (начат в {time}, готово {percent}%): дождитесь его или отмените.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="221"/>
        <source>The districts layer {layer} has {count} polygons: the report makes a page for each one with data, up to {pages} pages. Build it?</source>
        <translation>В слое районов {layer} полигонов: {count}; отчёт делает страницу на каждый с данными, до {pages} страниц. Сформировать?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="229"/>
        <source>The latest find is of {date}.</source>
        <translation>Последняя находка — от {date}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="230"/>
        <source>The workspace has no dated finds.</source>
        <translation>В рабочей области нет находок с датой.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="231"/>
        <source>No finds between {start} and {end}. {hint} Build an empty report?</source>
        <translation>Нет находок с {start} по {end}. {hint} Сформировать пустой отчёт?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report was cancelled.</source>
        <translation>Отчёт отменён.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report failed.</source>
        <translation>Отчёт не удался.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="256"/>
        <source>The report is ready: {name} ({pages} pages).</source>
        <translation>Отчёт готов: {name} (страниц: {pages}).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="258"/>
        <source>Open the PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected hazard areas</source>
        <translation>Выбранные опасные районы</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected minefield records</source>
        <translation>Выбранные формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per record or hazard</source>
        <translation>По формулярам или опасным районам</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per district</source>
        <translation>По районам</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Total (ha)</source>
        <translation>Всего (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Cleared (ha)</source>
        <translation>Очищено (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Cleared %</source>
        <translation>Очищено, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Reduced (ha)</source>
        <translation>Сокращено (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Reduced %</source>
        <translation>Сокращено, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled (ha)</source>
        <translation>Исключено (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled %</source>
        <translation>Исключено, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Remaining (ha)</source>
        <translation>Осталось (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="57"/>
        <source>Remaining %</source>
        <translation>Осталось, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="118"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="119"/>
        <source>Cell size</source>
        <translation>Размер ячейки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="128"/>
        <source>Mark sectors on the map</source>
        <translation>Отметить секторы на карте</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="129"/>
        <source>Click a sector, drag a rectangle, or Shift+click a polygon (right click closes it), then set status, date, team, method and depth.</source>
        <translation>Щёлкните сектор, растяните прямоугольник или обведите полигон щелчками с Shift (правый щелчок замыкает его), затем задайте статус, дату, расчёт, способ и глубину.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="133"/>
        <source>Save edits</source>
        <translation>Сохранить правки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="134"/>
        <source>Write the marked sectors to the workspace (and their changes to the audit log)</source>
        <translation>Записать отмеченные секторы в рабочее пространство (а их изменения — в журнал аудита)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="137"/>
        <source>Cancel edits</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="138"/>
        <source>Drop the sector changes made since the last save</source>
        <translation>Отменить изменения секторов, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="140"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="141"/>
        <source>Who changed the selected sectors, or the sectors of the record or hazard chosen in the table, and when</source>
        <translation>Кто и когда изменял выбранные секторы или секторы формуляра либо опасного района, выбранного в таблице</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="150"/>
        <source>Field package</source>
        <translation>Полевой пакет</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="151"/>
        <source>Take sectors to a field team's QField device, and merge what comes back</source>
        <translation>Передать секторы на устройство QField полевой группы и объединить то, что вернётся</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="154"/>
        <source>Package for a team…</source>
        <translation>Пакет для группы…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="156"/>
        <source>Sync a returned package…</source>
        <translation>Синхронизировать возвращённый пакет…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="164"/>
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="170"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="175"/>
        <source>District names from</source>
        <translation>Названия районов из</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="179"/>
        <source>District names written differently in the records (Aghdam, Ağdam rayonu) are shown as this layer names them.</source>
        <translation>Названия районов, по-разному записанные в формулярах (Aghdam, Ağdam rayonu), показываются так, как они названы в этом слое.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="229"/>
        <source>Sectors are being generated; wait for them or cancel.</source>
        <translation>Идёт создание секторов; дождитесь его окончания или отмените.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="238"/>
        <source>Select the hazard areas or records to divide into sectors first.</source>
        <translation>Сначала выберите опасные районы или формуляры, которые нужно разбить на секторы.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="247"/>
        <source>{count} already have sectors and were left as they are: {ids}</source>
        <translation>У {count} объектов уже есть секторы, они оставлены как есть: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="269"/>
        <source>Generating sectors was cancelled; nothing was added.</source>
        <translation>Создание секторов отменено; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="272"/>
        <source>Sectors could not be generated.</source>
        <translation>Не удалось создать секторы.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="274"/>
        <source>The workspace was closed before the sectors were ready; nothing was added.</source>
        <translation>Рабочая область закрыта до готовности секторов; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="281"/>
        <source>{count} selected rows got no sectors.</source>
        <translation>Для {count} выбранных строк секторы не созданы.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="284"/>
        <source>{count} sectors generated.</source>
        <translation>Создано секторов: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Package for a team</source>
        <translation>Пакет для группы</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="293"/>
        <source>A new, empty folder for the package</source>
        <translation>Новая пустая папка для пакета</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="298"/>
        <source>The returned package's folder</source>
        <translation>Папка возвращённого пакета</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="322"/>
        <source>Another task of this tab is running; wait for it or cancel.</source>
        <translation>Выполняется другая задача этой вкладки; дождитесь её завершения или отмените.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="336"/>
        <source>Field package written to {folder}; copy the folder to the device's QField/Imported Projects.</source>
        <translation>Полевой пакет записан в {folder}; скопируйте папку на устройство в QField/Imported Projects.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="339"/>
        <source>The field package was not made.</source>
        <translation>Полевой пакет не создан.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="346"/>
        <source>The field package was not merged; the workspace is unchanged.</source>
        <translation>Полевой пакет не объединён; рабочее пространство не изменено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="351"/>
        <source>Field sync report</source>
        <translation>Отчёт о полевой синхронизации</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="358"/>
        <source>Field package merged: {merged} merged, {skipped} skipped, {conflicts} in conflict.</source>
        <translation>Полевой пакет объединён: объединено — {merged}, пропущено — {skipped}, в конфликте — {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="393"/>
        <source>{count} sector(s) saved; their changes are in the audit log.</source>
        <translation>Сохранено секторов: {count}; их изменения записаны в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="400"/>
        <source>The sectors could not be saved; the edits are kept.</source>
        <translation>Не удалось сохранить секторы; правки не потеряны.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="411"/>
        <source>Drop the unsaved changes of {count} sector(s)?</source>
        <translation>Отменить несохранённые изменения секторов ({count})?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="418"/>
        <source>The changes of {count} sector(s) were dropped.</source>
        <translation>Изменения секторов ({count}) отменены.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="437"/>
        <source>{count} sectors</source>
        <translation>секторы ({count})</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="465"/>
        <source>Select sectors on the map, or a record or hazard in the table, to see their history.</source>
        <translation>Выберите секторы на карте либо формуляр или опасный район в таблице, чтобы увидеть их историю.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="469"/>
        <source>Edits not saved yet are not in it.</source>
        <translation>Несохранённые правки здесь не учтены.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="472"/>
        <source>History of {what}</source>
        <translation>История: {what}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="484"/>
        <source>History of {what}…</source>
        <translation>История: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="570"/>
        <source>District names matched to {layer}: {pairs}.</source>
        <translation>Названия районов сопоставлены с {layer}: {pairs}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="573"/>
        <source>Not in {layer}, kept as written: {names}.</source>
        <translation>Нет в {layer}, оставлены как записаны: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="577"/>
        <source>Like several districts of {layer}, kept as written: {names}.</source>
        <translation>Похожи на несколько районов {layer}, оставлены как записаны: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="588"/>
        <location filename="../ui/tabs/tally.py" line="308"/>
        <location filename="../ui/tabs/tally.py" line="446"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="617"/>
        <source>{cleared} of {total} ha cleared ({pct} %), {remaining} ha remaining.</source>
        <translation>Очищено {cleared} из {total} га ({pct} %), осталось {remaining} га.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="623"/>
        <source>No sectors yet.</source>
        <translation>Секторов пока нет.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="111"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="112"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="125"/>
        <source>Weight by</source>
        <translation>Вес по полю</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="148"/>
        <source>Hide districts without finds</source>
        <translation>Скрыть районы без находок</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="149"/>
        <source>The table, its export and the chart leave out the districts where nothing was found and no land was released</source>
        <translation>Таблица, её экспорт и диаграмма не включают районы, где ничего не найдено и земли не высвобождались</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="175"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="176"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="177"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="178"/>
        <source>Choropleth</source>
        <translation>Картограмма</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="179"/>
        <source>Add the districts to the map, shaded by their finds in the period the table shows</source>
        <translation>Добавить районы на карту с заливкой по находкам за период, показанный в таблице</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="241"/>
        <source>Choose a finds layer and a districts layer.</source>
        <translation>Выберите слой находок и слой районов.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally was cancelled.</source>
        <translation>Подсчёт отменён.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally failed.</source>
        <translation>Подсчёт не удался.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="285"/>
        <source>Finds per district</source>
        <translation>Находки по районам</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="290"/>
        <source>{total} finds tallied; {unassigned} outside every district.</source>
        <translation>Учтено находок: {total}; вне всех районов: {unassigned}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="293"/>
        <source>Some rows need attention.</source>
        <translation>Некоторые строки требуют внимания.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="306"/>
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="365"/>
        <source>Unassigned</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="420"/>
        <source>Export the tally</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="421"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="421"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="427"/>
        <source>Exported the tally to {name}.</source>
        <translation>Сводка экспортирована в {name}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="448"/>
        <source>Finds per district, {view}</source>
        <translation>Находки по районам, {view}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="482"/>
        <source>ClearGround tally</source>
        <translation>Сводка ClearGround</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="159"/>
        <source>{layer}: GDAL's Arrow stream failed ({error}); reading feature by feature.</source>
        <translation>{layer}: поток Arrow в GDAL не сработал ({error}); объекты читаются по одному.</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="196"/>
        <source>the layer changed while it was read: features are missing</source>
        <translation>слой изменился во время чтения: часть объектов отсутствует</translation>
    </message>
    <message>
        <location filename="../workspace/field_layers.py" line="21"/>
        <source>the workspace's layer {layer} cannot be read</source>
        <translation>не удаётся прочитать слой {layer} рабочего пространства</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="45"/>
        <source>{name}: a layer can be named only for GPX files</source>
        <translation>{name}: слой можно указать только для файлов GPX</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="48"/>
        <location filename="../workspace/sources.py" line="49"/>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="54"/>
        <location filename="../workspace/sources.py" line="273"/>
        <location filename="../workspace/sources.py" line="360"/>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="56"/>
        <source>{name} has no layer '{layer}' (a GPX file has: {layers})</source>
        <translation>в {name} нет слоя '{layer}' (в файле GPX есть: {layers})</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="74"/>
        <source>{name} has no {layer}</source>
        <translation>в {name} нет {layer}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="84"/>
        <location filename="../workspace/transfer.py" line="282"/>
        <source>{path}: a workspace is a GeoPackage; give the file name the .gpkg extension.</source>
        <translation>{path}: рабочая область — это GeoPackage; укажите в имени файла расширение .gpkg.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="87"/>
        <source>{path} already exists. Open it, or choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} уже существует. Откройте его или выберите другое имя: ClearGround никогда не перезаписывает файлы.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="91"/>
        <location filename="../workspace/transfer.py" line="288"/>
        <source>{path}: no such folder.</source>
        <translation>{path}: папка не найдена.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="109"/>
        <source>{name} is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>{name} — рабочая область схемы v{version}; перед использованием её нужно обновить до v{current}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="124"/>
        <source>{path}: no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="126"/>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} — это папка, а не файл рабочей области.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="134"/>
        <location filename="../workspace/gpkg_store.py" line="165"/>
        <location filename="../workspace/gpkg_store.py" line="169"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>Не удаётся прочитать {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="140"/>
        <location filename="../workspace/geopackage.py" line="142"/>
        <source>{name} is corrupt: {error}.</source>
        <translation>{name} повреждён: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="144"/>
        <source>{name} is an SQLite database but not a GeoPackage, so not a workspace either. Create a workspace for your data (Workspace ▸ New workspace…).</source>
        <translation>{name} — база данных SQLite, но не GeoPackage, а значит, и не рабочее пространство. Создайте рабочее пространство для своих данных (Рабочее пространство ▸ Новое рабочее пространство…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="158"/>
        <source>{name}: {table} has no valid schema_version.</source>
        <translation>{name}: в {table} нет допустимого schema_version.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="161"/>
        <source>{name} was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>{name} создан более новой версией ClearGround (схема v{version}); эта версия читает схемы до v{current}. Обновите модуль, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a CSV text file</source>
        <translation>текстовый файл CSV</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a text file</source>
        <translation>текстовый файл</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>an Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a GeoJSON file</source>
        <translation>файл GeoJSON</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a JSON file</source>
        <translation>файл JSON</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a KML file</source>
        <translation>файл KML</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a KMZ file</source>
        <translation>файл KMZ</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a shapefile</source>
        <translation>шейп-файл</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a QGIS project</source>
        <translation>проект QGIS</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="209"/>
        <source>a file of another kind</source>
        <translation>файл другого типа</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="210"/>
        <source>{name} is not a GeoPackage: it is {what}, not a workspace.</source>
        <translation>{name} — не GeoPackage: это {what}, а не рабочее пространство.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="212"/>
        <source>Open or create a workspace (Workspace ▸ New workspace…), then import the file into it (Records ▸ Import mine map…).</source>
        <translation>Откройте или создайте рабочее пространство (Рабочее пространство ▸ Новое рабочее пространство…), затем импортируйте в него файл (Формуляры ▸ Импорт карты мин…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="214"/>
        <source>A workspace is a GeoPackage made by ClearGround: create one (Workspace ▸ New workspace…).</source>
        <translation>Рабочее пространство — это GeoPackage, созданный ClearGround: создайте его (Рабочее пространство ▸ Новое рабочее пространство…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="221"/>
        <source>{name} is an empty GeoPackage, not a ClearGround workspace. Create a workspace instead (Workspace ▸ New workspace…).</source>
        <translation>{name} — пустой GeoPackage, а не рабочее пространство ClearGround. Создайте вместо него рабочее пространство (Рабочее пространство ▸ Новое рабочее пространство…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="225"/>
        <source>{layers} and {count} more</source>
        <translation>{layers} и ещё {count}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="226"/>
        <source>{name} is a GeoPackage with the layers {layers}, not a ClearGround workspace. To use its mine maps, open or create a workspace (Workspace ▸ New workspace…) and import them into it (Records ▸ Import mine map…); the file is left as it is.</source>
        <translation>{name} — GeoPackage со слоями {layers}, а не рабочее пространство ClearGround. Чтобы использовать его карты мин, откройте или создайте рабочее пространство (Рабочее пространство ▸ Новое рабочее пространство…) и импортируйте их в него (Формуляры ▸ Импорт карты мин…); файл остаётся без изменений.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="235"/>
        <source>{name} is damaged: the layer {layer} is missing.</source>
        <translation>{name} повреждён: отсутствует слой {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="239"/>
        <source>{name} is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>{name} повреждён: в слое {layer} нет поля (полей) {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="244"/>
        <source>{name} is read-only. ClearGround writes to its workspace (marking, audit log): copy it to a folder where you can write, or change its permissions.</source>
        <translation>{name} доступен только для чтения. ClearGround записывает в рабочую область (отметки, журнал аудита): скопируйте её в папку с правом записи или измените права доступа.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="287"/>
        <source>{name} was left unchanged: {error}</source>
        <translation>{name} оставлен без изменений: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="295"/>
        <source>the disk is full; free some space, or choose another folder</source>
        <translation>диск заполнен; освободите место или выберите другую папку</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="297"/>
        <source>the folder cannot be written ({error}); choose another folder</source>
        <translation>в папку нельзя записывать ({error}); выберите другую папку</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="302"/>
        <source>{kind} without a message; check the folder's free space and permissions</source>
        <translation>{kind} без сообщения; проверьте свободное место и права доступа к папке</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="359"/>
        <source>The field {field} could not be added to {layer}.</source>
        <translation>Не удалось добавить поле {field} в {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="133"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>Не удаётся открыть {name} для записи: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="141"/>
        <source>{name} is being written by another program (it stayed locked for {seconds:g} s); nothing was written. Save or close the edits elsewhere, then try again.</source>
        <translation>{name} записывается другой программой (файл был заблокирован {seconds:g} с); ничего не записано. Сохраните или закройте правки в другом месте и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="153"/>
        <source>{name} was left unchanged: the database refused the write ({error}).</source>
        <translation>{name} оставлен без изменений: база данных отклонила запись ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="253"/>
        <location filename="../workspace/pg_store.py" line="251"/>
        <source>Sector {sector} was not saved: {error}</source>
        <translation>Сектор {sector} не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="260"/>
        <location filename="../workspace/pg_store.py" line="188"/>
        <source>Sector {sector} no longer exists in the workspace.</source>
        <translation>Сектора {sector} больше нет в рабочей области.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="28"/>
        <source>No workspace was given.</source>
        <translation>Рабочая область не указана.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="38"/>
        <source>&quot;{value}&quot; is neither a GeoPackage workspace (a .gpkg file) nor a QGIS PostgreSQL connection (postgres:CONNECTION/SCHEMA). The connections are: {names}.</source>
        <translation>«{value}» не является ни рабочей областью GeoPackage (файл .gpkg), ни подключением PostgreSQL в QGIS (postgres:CONNECTION/SCHEMA). Подключения: {names}.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="45"/>
        <source>The QGIS connection &quot;{name}&quot; reaches {count} workspaces ({schemas}); name one: postgres:{name}/SCHEMA.</source>
        <translation>Подключение QGIS «{name}» ведёт к рабочим областям ({count}: {schemas}); укажите одну: postgres:{name}/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="51"/>
        <source>{path} cannot be created.</source>
        <translation>Не удаётся создать {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="125"/>
        <source>{path} holds no ClearGround field package (a folder with one package GeoPackage).</source>
        <translation>{path} не содержит полевого пакета ClearGround (папки с одним GeoPackage пакета).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="126"/>
        <source>{path} holds {count} field packages; name the GeoPackage.</source>
        <translation>{path} содержит полевых пакетов: {count}; укажите GeoPackage.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="130"/>
        <source>{path}: no such file or folder.</source>
        <translation>{path}: нет такого файла или папки.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="132"/>
        <source>{path} is not a ClearGround field package (no {table} table naming one).</source>
        <translation>{path} не является полевым пакетом ClearGround (нет таблицы {table}, указывающей на него).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="181"/>
        <source>The field package lacks its layer {layer}.</source>
        <translation>В полевом пакете нет его слоя {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="48"/>
        <source>You may not make this change in the workspace &quot;{name}&quot; ({error}); nothing was written. Ask its administrator for the role it needs.</source>
        <translation>Вы не можете внести это изменение в рабочую область «{name}» ({error}); ничего не записано. Попросите её администратора о нужной роли.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="56"/>
        <source>The workspace &quot;{name}&quot; was left unchanged: the database refused the write ({error}).</source>
        <translation>Рабочая область «{name}» оставлена без изменений: база данных отклонила запись ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="73"/>
        <source>Cannot connect to the workspace &quot;{name}&quot;: {error}</source>
        <translation>Не удаётся подключиться к рабочей области «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="99"/>
        <location filename="../workspace/writer.py" line="530"/>
        <source>Writing was cancelled; the workspace was left unchanged.</source>
        <translation>Запись отменена; рабочая область оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="240"/>
        <source>Marking cannot change the sector field(s) {fields}.</source>
        <translation>Отметка не может изменять поля сектора {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="51"/>
        <source>PostgreSQL workspaces need the Python package psycopg2, which this QGIS lacks. Install python3-psycopg2 (Debian/Ubuntu) or 'pip install psycopg2-binary' in the OSGeo4W shell.</source>
        <translation>Для рабочих областей PostgreSQL нужен пакет Python psycopg2, которого нет в этой QGIS. Установите python3-psycopg2 (Debian/Ubuntu) или выполните 'pip install psycopg2-binary' в оболочке OSGeo4W.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="84"/>
        <source>The workspace &quot;{schema}&quot; was not opened through a QGIS connection; algorithms reach a PostGIS workspace by its connection's name.</source>
        <translation>Рабочая область «{schema}» открыта не через подключение QGIS; алгоритмы обращаются к рабочей области PostGIS по имени подключения.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="155"/>
        <source>The workspace could not be created in schema &quot;{schema}&quot;</source>
        <translation>Не удалось создать рабочую область в схеме «{schema}»</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="167"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is already a ClearGround workspace: open it instead.</source>
        <translation>Схема PostgreSQL «{schema}» уже является рабочей областью ClearGround: откройте её.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="175"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; already holds tables; ClearGround never writes into them. Choose a new schema name.</source>
        <translation>В схеме PostgreSQL «{schema}» уже есть таблицы; ClearGround никогда не пишет в них. Выберите новое имя схемы.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="192"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>Схема PostgreSQL «{schema}» — рабочая область схемы v{version}; перед использованием её нужно обновить до v{current}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="239"/>
        <source>The workspace in schema &quot;{schema}&quot; was left unchanged</source>
        <translation>Рабочая область в схеме «{schema}» оставлена без изменений</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="250"/>
        <location filename="../workspace/postgis.py" line="505"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; does not exist.</source>
        <translation>Схема PostgreSQL «{schema}» не существует.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="255"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; holds the tables {tables}, not a ClearGround workspace.</source>
        <translation>Схема PostgreSQL &quot;{schema}&quot; содержит таблицы {tables}, а не рабочее пространство ClearGround.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="258"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is empty, not a ClearGround workspace.</source>
        <translation>Схема PostgreSQL &quot;{schema}&quot; пуста, это не рабочее пространство ClearGround.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="260"/>
        <source>Choose the schema of a workspace, or make one: open a GeoPackage workspace and copy it there (Workspace ▸ Copy to PostGIS…); this schema is left as it is.</source>
        <translation>Выберите схему рабочего пространства или создайте её: откройте рабочее пространство GeoPackage и скопируйте его туда (Рабочее пространство ▸ Копировать в PostGIS…); эта схема остаётся без изменений.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="269"/>
        <source>The schema &quot;{schema}&quot; cannot be read</source>
        <translation>Схему «{schema}» не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="296"/>
        <source>Give the PostgreSQL schema of the workspace a name.</source>
        <translation>Задайте имя схемы PostgreSQL для рабочей области.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="298"/>
        <source>The schema name &quot;{schema}&quot; is too long: PostgreSQL names hold at most 63 bytes.</source>
        <translation>Имя схемы «{schema}» слишком длинное: имена PostgreSQL не длиннее 63 байт.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="302"/>
        <source>A schema name cannot contain a NUL character.</source>
        <translation>Имя схемы не может содержать символ NUL.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="309"/>
        <source>PostGIS is not installed in the database &quot;{database}&quot;. Ask its administrator to run CREATE EXTENSION postgis; in it.</source>
        <translation>В базе данных «{database}» не установлен PostGIS. Попросите её администратора выполнить в ней CREATE EXTENSION postgis;.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="343"/>
        <source>The schema &quot;{schema}&quot;: {meta} has no valid schema_version.</source>
        <translation>Схема «{schema}»: в {meta} нет корректного schema_version.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="349"/>
        <source>The workspace in schema &quot;{schema}&quot; was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>Рабочая область в схеме «{schema}» создана более новой версией ClearGround (схема v{version}); эта версия читает схемы до v{current}. Обновите модуль, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="363"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} is missing.</source>
        <translation>Рабочая область в схеме «{schema}» повреждена: нет слоя {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="367"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>Рабочая область в схеме «{schema}» повреждена: в слое {layer} нет полей {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="444"/>
        <source>The roles of workspace &quot;{schema}&quot; could not be set up</source>
        <translation>Не удалось настроить роли рабочей области «{schema}»</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="484"/>
        <source>You ({user}) have no access to the workspace &quot;{schema}&quot;. Ask its administrator for the reader or editor role.</source>
        <translation>У вас ({user}) нет доступа к рабочей области «{schema}». Попросите её администратора выдать роль читателя или редактора.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="489"/>
        <source>You ({user}) can read the workspace &quot;{schema}&quot; but not change it: marking sectors, triage of discrepancies and imports are disabled. Ask its administrator for the editor role.</source>
        <translation>Вы ({user}) можете читать рабочую область «{schema}», но не изменять её: отметка секторов, разбор расхождений и импорт отключены. Попросите её администратора выдать роль редактора.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="559"/>
        <location filename="../workspace/store.py" line="48"/>
        <source>Sector {sector} was changed by {user} at {time}; reload it and try again.</source>
        <translation>Сектор {sector} изменён пользователем {user} в {time}; перезагрузите его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="661"/>
        <source>There is no PostgreSQL connection called &quot;{name}&quot; in QGIS.</source>
        <translation>В QGIS нет подключения PostgreSQL с именем «{name}».</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="717"/>
        <source>Cannot list the workspaces of the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>Не удаётся получить список рабочих областей подключения QGIS «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="746"/>
        <source>Cannot connect with the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>Не удаётся подключиться через подключение QGIS «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Reduced</source>
        <translation>Сокращено</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Cancelled</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>High severity</source>
        <translation>Высокая важность</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Medium severity</source>
        <translation>Средняя важность</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Low severity</source>
        <translation>Низкая важность</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Подтверждённый (ПдОР)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Suspected (SHA)</source>
        <translation>Предположительный (ПОР)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Submunition</source>
        <translation>Суббоеприпас</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="248"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="318"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="333"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="370"/>
        <source>Discrepancy</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="384"/>
        <source>{path} is not a layout template (.qpt).</source>
        <translation>{path} не является шаблоном макета (.qpt).</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="387"/>
        <source>{path} could not be read as a layout template.</source>
        <translation>{path} не удалось прочитать как шаблон макета.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="389"/>
        <source>The template {path} has no map item with the id 'map'.</source>
        <translation>В шаблоне {path} нет элемента карты с идентификатором 'map'.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="471"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>Не удалось записать PDF в {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="477"/>
        <source>The template could not be written to {path}.</source>
        <translation>Не удалось записать шаблон в {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="94"/>
        <source>The layer {layer} lacks the field(s) {fields}.</source>
        <translation>В слое {layer} нет полей {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="103"/>
        <source>Sectors {fids} are not in the layer {layer}.</source>
        <translation>Секторов {fids} нет в слое {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="124"/>
        <source>Mark {count} sector(s) {status}</source>
        <translation>Отметить секторы ({count}) как {status}</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="130"/>
        <source>Sector {fid} could not be changed.</source>
        <translation>Не удалось изменить сектор {fid}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="221"/>
        <source>The audit rows of {layer} could not be prepared: {error}</source>
        <translation>Не удалось подготовить записи журнала изменений для {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="248"/>
        <source>No audit_log beside {layer}: {count} audit rows were not written.</source>
        <translation>Рядом со слоем {layer} нет audit_log: {count} записей журнала изменений не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="81"/>
        <source>column {column} holds a NUL character (shown as ␀ in the raw text), which cannot be stored; remove it from the file</source>
        <translation>в столбце {column} есть символ NUL (в исходном тексте показан как ␀), который нельзя сохранить; удалите его из файла</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="85"/>
        <source>column {column} holds {count} characters; at most {limit} are accepted</source>
        <translation>в столбце {column} символов: {count}; допускается не более {limit}</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="91"/>
        <source>{count} values for {width} columns: a decimal comma without quotes, or a stray separator? Quote such values or use another separator</source>
        <translation>{count} значений на {width} столбцов: десятичная запятая без кавычек или лишний разделитель? Заключите такие значения в кавычки или используйте другой разделитель</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="143"/>
        <location filename="../workspace/sources.py" line="196"/>
        <source>{name} is empty</source>
        <translation>{name} пуст</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="284"/>
        <source>{name} has no rows</source>
        <translation>в {name} нет строк</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="323"/>
        <source>{name}: read the sheets {sheets} ({count} rows); row numbers are each sheet's own, the sheet is named in each row's raw text.</source>
        <translation>{name}: прочитаны листы {sheets} (строк: {count}); номера строк — собственные для каждого листа, лист указан в исходном тексте каждой строки.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="362"/>
        <source>{name} is not a file ClearGround can read</source>
        <translation>{name} — не файл, который может прочитать ClearGround</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="366"/>
        <source>{name} has no features</source>
        <translation>в {name} нет объектов</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="435"/>
        <source>{name} keeps its fields in ExtendedData, which this GDAL ({version}) does not read: imported so, every field would be lost. Convert it to GeoPackage or GeoJSON (in QGIS or with ogr2ogr on a GDAL with LIBKML) and import that</source>
        <translation>{name} хранит свои поля в ExtendedData, которые этот GDAL ({version}) не читает: при таком импорте все поля были бы потеряны. Преобразуйте его в GeoPackage или GeoJSON (в QGIS или с помощью ogr2ogr на GDAL с LIBKML) и импортируйте результат</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="469"/>
        <source>column {column} is not {encoding} text</source>
        <translation>столбец {column} не является текстом в {encoding}</translation>
    </message>
    <message>
        <location filename="../workspace/store.py" line="50"/>
        <source>Sector {sector} was changed since it was read (now version {version}); reload it and try again.</source>
        <translation>Сектор {sector} изменён после чтения (теперь версия {version}); перезагрузите его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="101"/>
        <source>{name} is a schema v{version} workspace: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>{name} — рабочая область схемы v{version}: один раз откройте её в ClearGround (это её обновит), затем копируйте.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="127"/>
        <location filename="../workspace/transfer.py" line="372"/>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="141"/>
        <source>{name} was not copied into schema &quot;{schema}&quot; (nothing was written): {error}</source>
        <translation>{name} не скопирована в схему «{schema}» (ничего не записано): {error}</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="179"/>
        <source>A geometry in the GeoPackage is not in GeoPackage format.</source>
        <translation>Одна из геометрий в GeoPackage записана не в формате GeoPackage.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="256"/>
        <location filename="../workspace/transfer.py" line="322"/>
        <source>The field {layer}.{field} has a type that cannot be copied ({type}).</source>
        <translation>Поле {layer}.{field} имеет тип, который нельзя скопировать ({type}).</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="285"/>
        <source>{path} already exists. Choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} уже существует. Выберите другое имя: ClearGround никогда не перезаписывает файлы.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="291"/>
        <source>The workspace in schema &quot;{schema}&quot; is schema v{version}: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>Рабочая область в схеме «{schema}» имеет схему v{version}: один раз откройте её в ClearGround (это её обновит), затем копируйте.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="180"/>
        <source>There is no workspace layer named {name}; the layers are {layers}.</source>
        <translation>В рабочей области нет слоя с именем {name}; есть слои: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="185"/>
        <source>{layer}: no field named {names}; the fields are {fields}.</source>
        <translation>{layer}: нет поля с именем {names}; есть поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="192"/>
        <source>{layer}: the columns differ in length ({lengths}).</source>
        <translation>{layer}: столбцы разной длины ({lengths}).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="201"/>
        <source>{layer}: the field {field} is required and no column was given.</source>
        <translation>{layer}: поле {field} обязательное, но столбец для него не передан.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="231"/>
        <source>{layer} row {row} ({key} {value})</source>
        <translation>{layer}, строка {row} ({key} {value})</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="233"/>
        <source>{layer} row {row}</source>
        <translation>{layer}, строка {row}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="240"/>
        <source>{where}: {problem} ({count} rows in all).</source>
        <translation>{where}: {problem} (всего строк: {count}).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="242"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="404"/>
        <source>{field} {value} is not an integer</source>
        <translation>{field} {value} не является целым числом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="406"/>
        <source>{field} {value} is not a number</source>
        <translation>{field} {value} не является числом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="408"/>
        <source>{field} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field} {value} не является датой (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="410"/>
        <source>{field} {value} is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>{field} {value} не является датой и временем (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="412"/>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} не является текстом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="425"/>
        <source>{field} {value} is not one of {allowed}</source>
        <translation>{field} {value} не входит в число {allowed}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="437"/>
        <source>{field} is empty; it is required</source>
        <translation>поле {field} не заполнено; это обязательное поле</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="453"/>
        <source>{layer} rows {first} and {second} have the same {field} {value}; it must be unique.</source>
        <translation>{layer}, строки {first} и {second}: одинаковое значение {field} {value}; оно должно быть уникальным.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="462"/>
        <source>{layer} is a table without geometry; no geometries can be written to it.</source>
        <translation>{layer} — таблица без геометрии; записать в неё геометрию нельзя.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="467"/>
        <source>{layer}: no geometries were given; the layer holds {geometry}s.</source>
        <translation>{layer}: геометрия не передана; слой содержит объекты типа {geometry}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="472"/>
        <source>{layer} holds {geometry}s; coordinates make points only.</source>
        <translation>Слой {layer} содержит объекты типа {geometry}; из координат получаются только точки.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="477"/>
        <location filename="../workspace/writer.py" line="482"/>
        <source>the geometry is missing or empty</source>
        <translation>геометрия отсутствует или пуста</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="489"/>
        <source>the geometry is a {found}; the layer holds {geometry}s</source>
        <translation>геометрия типа {found}, а слой содержит объекты типа {geometry}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="508"/>
        <source>the coordinates are not longitude/latitude; geometries must be in EPSG:4326</source>
        <translation>координаты не являются долготой/широтой; геометрия должна быть в EPSG:4326</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="550"/>
        <source>The workspace has no layer {layer}; nothing was written.</source>
        <translation>В рабочей области нет слоя {layer}; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="597"/>
        <source>The workspace layer {layer} lacks the field {field}.</source>
        <translation>В слое {layer} рабочей области нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="628"/>
        <source>{where} could not be written (failed to execute insert : {error}); nothing was written, the workspace is unchanged.</source>
        <translation>{where}: не удалось записать (ошибка при выполнении вставки: {error}); ничего не записано, рабочая область не изменена.</translation>
    </message>
    <message>
        <source>{id}: too few finds to fit it</source>
        <translation type="obsolete">{id}: слишком мало находок для подгонки</translation>
    </message>
    <message>
        <source>(no uuid)</source>
        <translation type="obsolete">(нет uuid)</translation>
    </message>
    <message>
        <source>The find has no uuid; not merged.</source>
        <translation type="obsolete">У находки нет uuid; не объединена.</translation>
    </message>
    <message>
        <source>Compares the minefield records (and their recorded mines) with the finds and the sectors, and flags where they disagree:
- find_outside_records: AP/AT finds farther than PERIMETER_BUFFER metres from every record, grouped into clusters (one flag per cluster: the number of mines in observed, the find ids in find_id);
- missing_mines / surplus_mines: recorded versus found counts per category, for records whose area is cleared to at least MIN_CLEARED percent (needs SECTORS);
- type_mismatch: categories or models found that the record does not mention;
- unmatched_recorded_mine: a recorded mine in a cleared sector with no find within TOLERANCE metres (after the record's offset, when one is established);
- systematic_offset: a record whose finds match its mines much better after one shift, rotation and scale, fitted robustly; when the record's raw text holds its traverse, Soviet mils read as NATO mils (and the reverse) and a wrong or missing magnetic declination are tried too;
- post_clearance_find: a find dated after its sector was released.

Every distance is in metres (a transverse Mercator projection centred on the data, geodesic for reported shifts). Finds are matched to recorded mines one to one, nearest first, same category. A find that lies on another record's mine as that record is plotted is evidence for that record, not a reason to move this one.

Advanced: SEARCH_RADIUS, the largest record offset looked for (default 200 m); MAX_ROTATION (default 12 degrees); DECLINATION, tried when a traverse may have omitted it (default 6 degrees east).

Outputs: OUTPUT, the flags (the fields of the discrepancies layer), ranked by severity and size; OUTPUT_OFFSETS, one row per record with finds around it: dx_m (east) and dy_m (north) of the record's centroid, rotation_deg (clockwise, about the centroid), scale, rms_before_m, rms_after_m, matches, and status: fitted, ambiguous (another transform, runner_up_dx_m / runner_up_dy_m, explains the evidence about as well: a row field cleared from one side fits its finds one row gap or one mine spacing away too) or too_few_finds; confidence is 1 - the runner-up's evidence / the best's (the evidence: finds explained, less finds left unexplained inside the moved record and mines moved into cleared ground where nothing was found); the best must win by 3 to be fitted. clearground:correctrecord applies the fitted ones. OUTPUT_LINKS (optional): a line from each matched find to where its record put the mine. Rows that cannot be used are listed in the log with their feature id and the field.</source>
        <translation type="obsolete">Сравнивает формуляры минных полей (и мины по формулярам) с находками и секторами и отмечает, где они расходятся:
- find_outside_records: находки AP/AT дальше PERIMETER_BUFFER метров от всех формуляров, сгруппированные в скопления (одна отметка на скопление: число мин в observed, идентификаторы находок в find_id);
- missing_mines / surplus_mines: число мин по формуляру и найденных по категориям для формуляров, площадь которых очищена не меньше чем на MIN_CLEARED процентов (нужны SECTORS);
- type_mismatch: найденные категории или типы, которых нет в формуляре;
- unmatched_recorded_mine: мина по формуляру в очищенном секторе без находки в пределах TOLERANCE метров (с учётом смещения формуляра, если оно установлено);
- systematic_offset: формуляр, находки которого гораздо лучше совпадают с его минами после одного сдвига, поворота и масштабирования, подобранных устойчивым методом; если в тексте raw формуляра есть ход, проверяются также деления угломера, прочитанные как натовские тысячные (и наоборот), и неверное или неучтённое магнитное склонение;
- post_clearance_find: находка с датой позже высвобождения её сектора.

Все расстояния в метрах (поперечная проекция Меркатора с центром в данных, геодезически для сообщаемых сдвигов). Находки сопоставляются с минами по формулярам один к одному, начиная с ближайших, в пределах одной категории. Находка, лежащая на мине другого формуляра в том виде, как он нанесён, — свидетельство в пользу того формуляра, а не повод сдвигать этот.

Дополнительно: SEARCH_RADIUS — наибольшее искомое смещение формуляра (по умолчанию 200 м); MAX_ROTATION (по умолчанию 12 градусов); DECLINATION — магнитное склонение, проверяемое, если в ходе оно могло быть не учтено (по умолчанию 6 градусов к востоку).

Результаты: OUTPUT — отметки (поля слоя расхождений), упорядоченные по важности и размеру; OUTPUT_OFFSETS — по строке на каждый формуляр с находками рядом: dx_m (на восток) и dy_m (на север) центроида формуляра, rotation_deg (по часовой стрелке вокруг центроида), scale, rms_before_m, rms_after_m, matches и status: fitted, ambiguous (другое преобразование, runner_up_dx_m / runner_up_dy_m, объясняет доводы почти так же: рядное поле, расчищаемое с одной стороны, сходится со своими находками и со сдвигом на один ряд или на один шаг мин) или too_few_finds; confidence = 1 − доводы второго / доводы лучшего (доводы: объяснённые находки за вычетом необъяснённых находок внутри сдвинутого формуляра и мин, попавших на расчищенную землю, где ничего не нашли); лучший должен выиграть на 3, чтобы считаться fitted. clearground:correctrecord применяет fitted. OUTPUT_LINKS (необязательно): линия от каждой сопоставленной находки до места, где формуляр поместил мину. Строки, которые нельзя использовать, перечисляются в журнале с идентификатором объекта и полем.</translation>
    </message>
</context>
</TS>
