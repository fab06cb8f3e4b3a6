<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>ClearGround</name>
    <message>
        <location filename="../core/angles.py" line="86"/>
        <source>{what} is empty</source>
        <translation>Поле {what} порожнє</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="88"/>
        <location filename="../core/traverse.py" line="292"/>
        <source>unit '{unit}' is not one of deg, mil6400, mil6000</source>
        <translation>одиниця виміру «{unit}» не є однією з deg, mil6400, mil6000</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="92"/>
        <source>{what} '{text}' is written in Soviet mils (12-50 form) but the unit is {unit}</source>
        <translation>{what}: «{text}» записано в поділках кутоміра (форма 12-50), але зазначено одиницю {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="101"/>
        <location filename="../core/traverse.py" line="175"/>
        <source>{what} '{text}' is not a number</source>
        <translation>{what}: «{text}» не є числом</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="103"/>
        <source>{what} '{text}' is written in degrees but the unit is {unit}</source>
        <translation>{what}: «{text}» записано в градусах, але зазначено одиницю {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="107"/>
        <source>{what} '{text}' has minutes or seconds of 60 or more</source>
        <translation>{what}: «{text}» містить хвилини або секунди, що дорівнюють 60 або більше</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="110"/>
        <source>{what} '{text}' is outside 0-{full:g} {unit}</source>
        <translation>{what}: «{text}» поза діапазоном 0-{full:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="134"/>
        <location filename="../core/traverse.py" line="300"/>
        <source>north '{north}' is not one of grid, true, magnetic</source>
        <translation>напрямок на північ «{north}» має бути одним зі значень grid (за сіткою), true (істинний), magnetic (магнітний)</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>decimal degrees</source>
        <translation>десяткові градуси</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>degrees, minutes and seconds</source>
        <translation>градуси, хвилини та секунди</translation>
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
        <translation>проєкційні x y</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="64"/>
        <source>columns {columns} all look like {target}; {chosen} was taken: choose in the field mapping (e.g. {target}={other})</source>
        <translation>усі стовпці {columns} схожі на {target}; взято {chosen}: виберіть у зіставленні полів (напр. {target}={other})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="161"/>
        <location filename="../core/report_columns.py" line="71"/>
        <location filename="../core/report_columns.py" line="80"/>
        <source>by its name '{column}'</source>
        <translation>за назвою '{column}'</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="166"/>
        <source>by its name '{column}' and its values: {why}</source>
        <translation>за назвою '{column}' та значеннями: {why}</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="201"/>
        <source>{n} of {total} values are device categories ({examples})</source>
        <translation>{n} з {total} значень — категорії вибухонебезпечних предметів ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="206"/>
        <source>{n} of {total} values are known mine models ({examples})</source>
        <translation>{n} з {total} значень — відомі моделі мін ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="211"/>
        <source>{n} of {total} values are point kinds</source>
        <translation>{n} з {total} значень — типи точок</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="215"/>
        <source>{n} of {total} values are dates</source>
        <translation>{n} з {total} значень — дати</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="221"/>
        <source>{n} of {total} values are coordinates ({notations})</source>
        <translation>{n} з {total} значень — координати ({notations})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="227"/>
        <source>{n} of {total} values read as a {axis}</source>
        <translation>{n} з {total} значень читаються як {axis}</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="248"/>
        <source>its values repeat in runs ({distinct} values in {runs} runs over {n} rows)</source>
        <translation>його значення повторюються серіями ({distinct} значень у {runs} серіях на {n} рядків)</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="266"/>
        <source>small whole numbers, none repeated within a record</source>
        <translation>невеликі цілі числа без повторів у межах формуляра</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="267"/>
        <source>small whole numbers, none repeated</source>
        <translation>невеликі цілі числа без повторів</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="290"/>
        <source>its values do not repeat in runs, and those of '{rival}' do</source>
        <translation>його значення не повторюються серіями, а значення '{rival}' повторюються</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="91"/>
        <source>the coordinate is empty</source>
        <translation>координату не вказано</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="106"/>
        <source>UTM zone {zone} in '{text}' is not 1-60</source>
        <translation>зона UTM {zone} у «{text}» не входить до діапазону 1-60</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="112"/>
        <source>'{text}' needs one easting (E) and one northing (N)</source>
        <translation>у '{text}' потрібні одна східна (E) і одна північна (N) координата</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="115"/>
        <source>UTM easting {value:,.0f} m in '{text}' is outside a zone (100,000-900,000 m)</source>
        <translation>східна координата UTM {value:,.0f} м у '{text}' поза зоною (100,000-900,000 м)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="118"/>
        <source>UTM northing {value:,.0f} m in '{text}' is outside 0-10,000,000 m</source>
        <translation>північна координата UTM {value:,.0f} м у '{text}' поза 0-10,000,000 м</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="138"/>
        <source>'{text}' needs a latitude band or a hemisphere after the zone (e.g. 38T, 38 north)</source>
        <translation>у '{text}' після зони потрібна широтна смуга або півкуля (напр. 38T, 38 north)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="151"/>
        <source>'{zone}N' read as zone {zone} north (band N would be 0°-8°N)</source>
        <translation>'{zone}N' прочитано як зона {zone}, північна півкуля (смуга N — це 0°-8° пн. ш.)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="154"/>
        <source>'{zone}S' read as zone {zone} south, not band S (32°N-40°N)</source>
        <translation>'{zone}S' прочитано як зона {zone}, південна півкуля, а не смуга S (32°-40° пн. ш.)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="162"/>
        <source>'{text}': band {band} covers {low}-{high} but the northing lies near {lat}; check the band letter (or write the hemisphere: {zone} north / {zone} south)</source>
        <translation>'{text}': смуга {band} охоплює {low}-{high}, але північна координата лежить біля {lat}; перевірте літеру смуги (або вкажіть півкулю: {zone} north / {zone} south)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="182"/>
        <source>'{text}' needs one X and one Y</source>
        <translation>у «{text}» потрібні одне значення X і одне значення Y</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="188"/>
        <source>SK-42 '{text}': Y has no zone number in front (zone 8 is written 8612345) and no Gauss-Kruger CRS is given</source>
        <translation>СК-42 «{text}»: перед Y немає номера зони (зона 8 записується як 8612345), і систему координат Гаусса-Крюгера не вказано</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="192"/>
        <source>SK-42 '{text}': Y says zone {zone} but the CRS is zone {given}</source>
        <translation>СК-42 «{text}»: Y вказує зону {zone}, а система координат — зону {given}</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="195"/>
        <source>SK-42 '{text}': Gauss-Kruger zone {zone} is not supported (4-32)</source>
        <translation>СК-42 «{text}»: зона Гаусса-Крюгера {zone} не підтримується (4-32)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="212"/>
        <source>'{text}' is not a coordinate in any known notation (decimal degrees, DMS, UTM, MGRS, SK-42)</source>
        <translation>«{text}» не є координатою в жодному відомому записі (десяткові градуси, DMS, UTM, MGRS, СК-42)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="216"/>
        <location filename="../core/geotext.py" line="146"/>
        <location filename="../core/geotext.py" line="180"/>
        <location filename="../core/geotext.py" line="195"/>
        <source>'{text}' does not split into a latitude and a longitude</source>
        <translation>«{text}» не поділяється на широту й довготу</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="226"/>
        <source>'{text}' gives two latitudes or two longitudes</source>
        <translation>у «{text}» дві широти або дві довготи</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="240"/>
        <source>'{text}' is outside the range of latitude/longitude</source>
        <translation>«{text}» виходить за межі допустимих широти/довготи</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="245"/>
        <source>latitude and longitude were swapped ({value:g} cannot be a latitude)</source>
        <translation>широту й довготу переставлено ({value:g} не може бути широтою)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="247"/>
        <source>{value:g} cannot be a latitude; read the other way round</source>
        <translation>{value:g} не може бути широтою; прочитано навпаки</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="252"/>
        <source>read longitude first (latitude first would not fit the other points)</source>
        <translation>прочитано спочатку довготу (широта першою не зійшлася б з іншими точками)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="258"/>
        <source>'{text}' looks like projected coordinates but no projected CRS is given (write the zone, e.g. '38T 612345 4432100', or set the CRS)</source>
        <translation>«{text}» схоже на прямокутні координати, але проєкцію не вказано (запишіть зону, наприклад «38T 612345 4432100», або задайте систему координат)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="262"/>
        <source>read as X (northing) then Y (easting), the Gauss-Kruger order</source>
        <translation>прочитано в порядку Гаусса-Крюгера: спочатку X (на північ), потім Y (на схід)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="280"/>
        <source>the {axis} is empty</source>
        <translation>{axis} не вказана</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="284"/>
        <source>{axis} {reason}</source>
        <translation>{axis}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="287"/>
        <source>{axis} '{text}' is not a number</source>
        <translation>{axis} «{text}» не є числом</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="290"/>
        <source>{axis} '{text}' has the hemisphere letter of the other axis</source>
        <translation>{axis} «{text}» містить літеру півкулі іншої осі</translation>
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
        <translation>довгота</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="384"/>
        <source>'{text}' does not lie in {crs}'s area; it cannot be projected</source>
        <translation>«{text}» лежить поза областю застосування {crs}; перевести в цю проєкцію не можна</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as DATUM_TRANSFORM asks</source>
        <translation>як задано в DATUM_TRANSFORM</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as the project's transformations say</source>
        <translation>як зазначено в перетвореннях проєкту</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="47"/>
        <source>the most local one for the area of the points</source>
        <translation>найбільш місцеве для району точок</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="49"/>
        <source>, accurate to {m:g} m</source>
        <translation>, точність {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="50"/>
        <source>{crs} converted to WGS 84 by {name}{code}{accuracy}, {how}; every point of the import by the same one</source>
        <translation>{crs} перетворено у WGS 84 через {name}{code}{accuracy}, {how}; усі точки імпорту — тим самим перетворенням</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="81"/>
        <source>{n} points in {crs} lie outside the area of use of {name}; give DATUM_TRANSFORM if another transformation fits them better</source>
        <translation>{n} точок у {crs} лежать поза областю застосування {name}; задайте DATUM_TRANSFORM, якщо їм краще підходить інше перетворення</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="92"/>
        <source>the PROJ pipeline given</source>
        <translation>заданий конвеєр PROJ</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="94"/>
        <source>the project's transformation</source>
        <translation>перетворення проєкту</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="103"/>
        <source>DATUM_TRANSFORM {code} is not a transformation from {crs} to WGS 84; these are: {known}</source>
        <translation>DATUM_TRANSFORM {code} — не перетворення з {crs} у WGS 84; можливі: {known}</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="106"/>
        <source>PROJ knows no transformation from {crs} to WGS 84</source>
        <translation>PROJ не знає перетворення з {crs} у WGS 84</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="532"/>
        <source>the record as plotted</source>
        <translation>формуляр у тому вигляді, як нанесено</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="533"/>
        <source>Soviet mils (6000) read as NATO mils (6400)</source>
        <translation>поділки кутоміра (6000) прочитано як натівські тисячні (6400)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="534"/>
        <source>NATO mils (6400) read as Soviet mils (6000)</source>
        <translation>натівські тисячні (6400) прочитано як поділки кутоміра (6000)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="535"/>
        <source>magnetic declination applied with the wrong sign</source>
        <translation>магнітне схилення враховано з протилежним знаком</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="536"/>
        <source>magnetic declination not applied</source>
        <translation>магнітне схилення не враховано</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="559"/>
        <source>no record id</source>
        <translation>немає ідентифікатора формуляра</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="562"/>
        <source>record id {id} appears twice; the first is used</source>
        <translation>ідентифікатор формуляра {id} трапляється двічі; використано перший</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="569"/>
        <source>record {id} has no perimeter; only its mines are used</source>
        <translation>формуляр {id} не має периметра; використано лише його міни</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="606"/>
        <source>record id {id} is not among the records</source>
        <translation>ідентифікатора формуляра {id} немає серед формулярів</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="609"/>
        <location filename="../core/field_sync.py" line="107"/>
        <source>no position</source>
        <translation>немає місця розташування</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="611"/>
        <source>unknown category {value}</source>
        <translation>невідома категорія {value}</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="646"/>
        <source>find {id} has no position</source>
        <translation>знахідка {id} не має місця розташування</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="648"/>
        <source>find {id}: unknown category {value}; used only for post-clearance checks</source>
        <translation>знахідка {id}: невідома категорія {value}; використовується лише для перевірки знахідок після розмінування</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="672"/>
        <source>sector {id} has no geometry</source>
        <translation>сектор {id} не має геометрії</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="927"/>
        <source>Record {record}: its finds match its mines after moving it {shift:.1f} m towards {bearing:.0f}°, rotating it {rotation:+.2f}° and scaling it by {scale:.3f}: the error falls from {before:.1f} m to {after:.1f} m over {matches} mines. Search for its remaining mines where the transform puts them.</source>
        <translation>Формуляр {record}: знахідки збігаються з його мінами після зсуву на {shift:.1f} м за азимутом {bearing:.0f}°, повороту на {rotation:+.2f}° і масштабування з коефіцієнтом {scale:.3f}; похибка зменшується з {before:.1f} м до {after:.1f} м за {matches} мінами. Шукайте решту мін там, куди їх поміщає це перетворення.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="947"/>
        <source>clearing sector {sector} decides</source>
        <translation>вирішить розчищення сектора {sector}</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="948"/>
        <source>more clearance next to the cleared ground decides</source>
        <translation>вирішить подальше розчищення поруч із уже розчищеною землею</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="949"/>
        <source>Record {record}: its finds fit its mines about equally well after moving it {shift:.1f} m towards {bearing:.0f}° or {rival_shift:.1f} m towards {rival_bearing:.0f}° (its rows repeat; evidence {best} against {runner}). No correction is made: {decides}.</source>
        <translation>Формуляр {record}: знахідки майже однаково добре збігаються з його мінами при зсуві на {shift:.1f} м за азимутом {bearing:.0f}° і на {rival_shift:.1f} м за азимутом {rival_bearing:.0f}° (його ряди повторюються; докази {best} проти {runner}). Поправку не внесено: {decides}.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="985"/>
        <source>Most likely cause: {cause} ({matches} finds within {tolerance:.0f} m, error {rms:.1f} m).</source>
        <translation>Найімовірніша причина: {cause} ({matches} знахідок у межах {tolerance:.0f} м, похибка {rms:.1f} м).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1095"/>
        <source>and there is no minefield record to compare with</source>
        <translation>і порівняти немає з чим: формулярів мінних полів немає</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1097"/>
        <source>{distance:,.0f} m from the nearest minefield record ({record})</source>
        <translation>за {distance:,.0f} м від найближчого формуляра мінного поля ({record})</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1101"/>
        <source>Find {find}: {count} {category} mine(s) outside every minefield record, {where}: contamination no record describes.</source>
        <translation>Знахідка {find}: {count} мін(а) категорії {category} поза всіма формулярами мінних полів, {where}: забруднення, не описане жодним формуляром.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1109"/>
        <source>{count} mines ({detail}) in {finds} finds outside every minefield record, {where}: contamination no record describes.</source>
        <translation>{count} мін ({detail}) у {finds} знахідках поза всіма формулярами мінних полів, {where}: забруднення, не описане жодним формуляром.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1163"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {missing:,} unaccounted.</source>
        <translation>Формуляр {record}: за формуляром {expected:,} мін категорії {category}, після розмінування {percent}% площі знайдено {observed:,}: {missing:,} не знайдено.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1169"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {extra:,} more than recorded.</source>
        <translation>Формуляр {record}: за формуляром {expected:,} мін категорії {category}, після розмінування {percent}% площі знайдено {observed:,}: на {extra:,} більше, ніж зазначено.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1181"/>
        <source>no category</source>
        <translation>без категорії</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1185"/>
        <source>Record {record}: {observed:,} {category} mine(s) found, but the record mentions {listed} only.</source>
        <translation>Формуляр {record}: знайдено {observed:,} мін(а) категорії {category}, але у формулярі зазначено лише {listed}.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1202"/>
        <source>Record {record}: {observed:,} mine(s) of model {model} found, which the record does not list ({listed}).</source>
        <translation>Формуляр {record}: знайдено {observed:,} мін(а) типу {model}, якого немає у формулярі ({listed}).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>mine</source>
        <translation>міна</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source> (where the record's offset puts it)</source>
        <translation> (там, куди її поміщає зсув формуляра)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m.</source>
        <translation>Формуляр {record}, міна {mine} ({what}){moved}: в очищеному секторі {sector}, але в межах {tolerance:.0f} м їй не відповідає жодна знахідка.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1218"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m (the nearest find, {distance:,.1f} m away, matches another mine).</source>
        <translation>Формуляр {record}, міна {mine} ({what}){moved}: в очищеному секторі {sector}, але в межах {tolerance:.0f} м їй не відповідає жодна знахідка (найближча знахідка, за {distance:,.1f} м, відповідає іншій міні).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1220"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m; the nearest find is {distance:,.1f} m away.</source>
        <translation>Формуляр {record}, міна {mine} ({what}){moved}: в очищеному секторі {sector}, але в межах {tolerance:.0f} м їй не відповідає жодна знахідка; найближча знахідка за {distance:,.1f} м.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1279"/>
        <source>{count} find(s) have no date and cannot be checked for post-clearance finds</source>
        <translation>{count} знахідок не мають дати, і їх не можна перевірити на знахідки після розмінування</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1301"/>
        <source>item</source>
        <translation>предмет</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1302"/>
        <source>Find {find} ({what}) on {date} in sector {sector}, marked {status} on {status_date}: post-clearance find.</source>
        <translation>Знахідка {find} ({what}) {date} у секторі {sector}, позначеному як {status} {status_date}: знахідка після розмінування.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="59"/>
        <source>ENCODING '{name}' is not an encoding this system knows (e.g. UTF-8, CP1251)</source>
        <translation>ENCODING «{name}» — невідоме системі кодування (наприклад, UTF-8, CP1251)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="89"/>
        <source>{what} is not {encoding} text (byte {offset}); set ENCODING to the file's own encoding</source>
        <translation>{what} не є текстом у {encoding} (байт {offset}); вкажіть у ENCODING власне кодування файлу</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="97"/>
        <source>{what} starts as {encoding} text but is not (byte {offset})</source>
        <translation>{what} починається як текст у {encoding}, але не є ним (байт {offset})</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="106"/>
        <source>{what} was read as {encoding} (it has no byte order mark)</source>
        <translation>{what} прочитано як {encoding} (у ньому немає позначки порядку байтів)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="122"/>
        <source>{what} does not say its encoding; it was read as {encoding}. Set ENCODING if that is wrong.</source>
        <translation>{what} не вказує свого кодування; прочитано як {encoding}. Якщо це неправильно, задайте ENCODING.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="126"/>
        <source>{what} is not UTF-8 and does not read as {names}: set ENCODING to the file's encoding</source>
        <translation>{what} не в UTF-8 і не читається як {names}: вкажіть у ENCODING кодування файлу</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="128"/>
        <source>{what} is not UTF-8 and reads as text in {names} alike: set ENCODING to say which</source>
        <translation>{what} не в UTF-8 і однаково читається як текст у {names}: вкажіть потрібне в ENCODING</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="125"/>
        <source>no date</source>
        <translation>немає дати</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="132"/>
        <source>date '{text}' does not exist (year {y}, month {m}, day {d})</source>
        <translation>дати '{text}' не існує (рік {y}, місяць {m}, день {d})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="137"/>
        <source>date '{text}' is not a date ClearGround reads: write 12.03.2022 (day first) or 2022-03-12</source>
        <translation>дата '{text}' не читається ClearGround: пишіть 12.03.2022 (спочатку день) або 2022-03-12</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="144"/>
        <source>the two-digit year of '{text}' read as {y}</source>
        <translation>двозначний рік у '{text}' прочитано як {y}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="149"/>
        <source>date '{text}' has no month {m}: dates are read day first (day.month.year); if it means {other}, write it {iso}</source>
        <translation>у даті '{text}' немає місяця {m}: дати читаються починаючи з дня (день.місяць.рік); якщо мається на увазі {other}, запишіть її як {iso}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="152"/>
        <source>date '{text}' does not exist (day {d}, month {m}, year {y})</source>
        <translation>дати '{text}' не існує (день {d}, місяць {m}, рік {y})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="156"/>
        <source>date '{text}' reads as {a} (day first) or {b} (month first), and this report writes other dates month first: write it as {a} or {b}</source>
        <translation>дата '{text}' читається як {a} (спочатку день) або {b} (спочатку місяць), а в цьому звіті інші дати записано з місяцем на початку: запишіть її як {a} або {b}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="159"/>
        <source>'{text}' read day first as {iso}</source>
        <translation>'{text}' прочитано як {iso} (день указано першим)</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="165"/>
        <source>date '{text}' ({iso}) lies in the future</source>
        <translation>дата '{text}' ({iso}) припадає на майбутнє</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="181"/>
        <source>the category '{text}' is a model: read as model {model}</source>
        <translation>категорія '{text}' є моделлю: прочитано як модель {model}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="184"/>
        <source>category '{text}' is not a device category ClearGround knows ({known}) nor a model of its dictionary (resources/ordnance/models.csv)</source>
        <translation>категорія '{text}' не є ні відомою ClearGround категорією боєприпасу ({known}), ні моделлю з його словника (resources/ordnance/models.csv)</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="195"/>
        <location filename="../core/traverse.py" line="134"/>
        <source>no category, and the model '{model}' is not one whose category ClearGround knows (resources/ordnance/models.csv); give the category</source>
        <translation>немає категорії, а категорія моделі '{model}' ClearGround невідома (resources/ordnance/models.csv); вкажіть категорію</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="197"/>
        <location filename="../core/traverse.py" line="136"/>
        <source>no category and no model: give the category (AP, AT, UXO, ...) or the model</source>
        <translation>немає категорії та моделі: вкажіть категорію (AP, AT, UXO, ...) або модель</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="200"/>
        <source>category {category} contradicts the model {model}, which is {implied}: correct one of them</source>
        <translation>категорія {category} суперечить моделі {model}, яка належить до {implied}: виправте одне з них</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="217"/>
        <source>quantity '{text}' is not a whole number of at least 1</source>
        <translation>кількість '{text}' не є цілим числом, не меншим за 1</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="228"/>
        <source>depth '{text}' is not a number of centimetres</source>
        <translation>глибина '{text}' не є числом сантиметрів</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="233"/>
        <source>depth '{text}': the unit '{unit}' is not cm or m</source>
        <translation>глибина '{text}': одиниця '{unit}' не є cm або m</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="235"/>
        <source>depth '{text}' is negative</source>
        <translation>глибина '{text}' від'ємна</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="245"/>
        <location filename="../core/field_finds.py" line="247"/>
        <location filename="../core/field_finds.py" line="292"/>
        <source>the find has no position</source>
        <translation>знахідка не має розташування</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="249"/>
        <source>latitude {lat} is beyond ±90</source>
        <translation>широта {lat} виходить за межі ±90</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="251"/>
        <location filename="../core/minemap.py" line="621"/>
        <source>longitude {lon} is beyond ±180</source>
        <translation>довгота {lon} поза межами ±180</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="269"/>
        <source>{doubt}; correct the row</source>
        <translation>{doubt}; виправте рядок</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="284"/>
        <source>x '{x}' / y '{y}' is not a position</source>
        <translation>x '{x}' / y '{y}' не задають розташування</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="286"/>
        <source>x/y coordinates need their projected CRS (e.g. EPSG:32638), not {crs}</source>
        <translation>для координат x/y потрібна їхня проєкційна CRS (напр. EPSG:32638), а не {crs}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="290"/>
        <location filename="../core/minemap.py" line="652"/>
        <source>x '{x}' / y '{y}' is not a position in {crs}</source>
        <translation>x «{x}» / y «{y}» не задають місце розташування в {crs}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="371"/>
        <source>the find id {id} is already known</source>
        <translation>ідентифікатор знахідки {id} вже відомий</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="373"/>
        <source>the uuid is that of find {id}, already known</source>
        <translation>uuid належить уже відомій знахідці {id}</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="374"/>
        <source>find {id} has the same date and model {m:.2f} m away</source>
        <translation>знахідка {id} має ту саму дату й модель і розташована за {m:.2f} м</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="91"/>
        <source>An expression selection needs an expression after '='.</source>
        <translation>Для вибору за виразом потрібен вираз після '='.</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="130"/>
        <source>This is not a ClearGround field package (its metadata names no package).</source>
        <translation>Це не польовий пакет ClearGround (у його метаданих не вказано пакет).</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="133"/>
        <source>This field package was made by a newer ClearGround (format {version}); update the plugin.</source>
        <translation>Цей польовий пакет створено новішою версією ClearGround (формат {version}); оновіть плагін.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>(no uuid, row {n})</source>
        <translation>(немає uuid, рядок {n})</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>The find in row {n} of the package's finds ({where}) has no uuid; not merged.</source>
        <translation>Знахідка в рядку {n} знахідок пакета ({where}) не має uuid; не об’єднана.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="88"/>
        <source>Already in the workspace: {reason}.</source>
        <translation>Уже є в робочому просторі: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="97"/>
        <source>New find added.</source>
        <translation>Додано нову знахідку.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="109"/>
        <source>{place}, found {date}</source>
        <translation>{place}, знайдена {date}</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="176"/>
        <source>The sector is no longer in the workspace; not applied.</source>
        <translation>Сектора більше немає в робочому просторі; не застосовано.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="181"/>
        <source>The workspace already holds this value.</source>
        <translation>У робочому просторі вже є це значення.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="186"/>
        <source>Changed at the centre since the package was made (version {old} -&gt; {new}, by {user} at {time}); the centre's value is kept.</source>
        <translation>Змінено в центрі після створення пакета (версія {old} -&gt; {new}, користувач {user}, {time}); збережено значення центру.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="188"/>
        <location filename="../ui/history.py" line="93"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="189"/>
        <source>unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="203"/>
        <source>Taking a cleared sector out of 'cleared' needs a reason; mark it in the dock.</source>
        <translation>Щоб зняти з очищеного сектора статус 'очищено', потрібна причина; позначте її на панелі.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="209"/>
        <source>Applied from the field.</source>
        <translation>Застосовано за польовими даними.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="211"/>
        <source>Covered by the team's cleared lanes ({percent:.0f}%).</source>
        <translation>Покрито очищеними проходами групи ({percent:.0f}%).</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="226"/>
        <source>team {team}, field package {package}</source>
        <translation>група {team}, польовий пакет {package}</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="144"/>
        <source>field mapping '{part}' is not target=column</source>
        <translation>зіставлення полів «{part}» записано не у вигляді ціль=стовпець</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="147"/>
        <source>field mapping: '{target}' is not a field ClearGround reads (one of: {targets})</source>
        <translation>зіставлення полів: «{target}» — не поле, яке читає ClearGround (допустимі: {targets})</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="171"/>
        <source>field mapping: the input has no column '{column}' (for {target}); its columns are: {columns}</source>
        <translation>зіставлення полів: у вхідних даних немає стовпця «{column}» (для {target}); є стовпці: {columns}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="118"/>
        <location filename="../core/hazard_import.py" line="122"/>
        <source>given in the field mapping</source>
        <translation>задано у зіставленні полів</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="125"/>
        <source>no position column found (coord, lat/lon or x/y): give one in the field mapping</source>
        <translation>не знайдено стовпця розташування (coord, lat/lon або x/y): вкажіть його у зіставленні полів</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="130"/>
        <source>rows {rows} write their dates month first: dates of this report that read both ways are rejected, not guessed</source>
        <translation>у рядках {rows} дати записано з місяцем на початку: дати цього звіту, що читаються двояко, відхиляються, а не вгадуються</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="166"/>
        <source>the find id {id} is already known for a find {m:,.1f} m away: not overwritten; correct the id or the position</source>
        <translation>ідентифікатор знахідки {id} вже відомий для знахідки за {m:,.1f} м звідси: не перезаписано; виправте ідентифікатор або розташування</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="171"/>
        <source>duplicate: {why}</source>
        <translation>дублікат: {why}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="186"/>
        <location filename="../core/hazard_import.py" line="171"/>
        <source>{report}, row {row}</source>
        <translation>{report}, рядок {row}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="224"/>
        <location filename="../core/hazard_import.py" line="148"/>
        <location filename="../core/minemap.py" line="835"/>
        <source>the feature has no geometry</source>
        <translation>об’єкт не має геометрії</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="226"/>
        <source>the point does not lie on the globe (its CRS?)</source>
        <translation>точка не лежить на земній кулі (її CRS?)</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="227"/>
        <source>a MultiPoint of {n} points is not one find's position</source>
        <translation>MultiPoint із {n} точок не є положенням однієї знахідки</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="228"/>
        <source>a {kind} geometry is not a find's position</source>
        <translation>геометрія {kind} не є положенням знахідки</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="30"/>
        <source>repaired through make_valid</source>
        <translation>виправлено через make_valid</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="31"/>
        <source>fewer than 3 vertices</source>
        <translation>менше 3 вершин</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="32"/>
        <source>consecutive vertices over 5 km apart</source>
        <translation>сусідні вершини на відстані понад 5 км</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="33"/>
        <source>crossing themselves beyond repair</source>
        <translation>невиправні самоперетини</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="34"/>
        <source>of several parts</source>
        <translation>з кількох частин</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="35"/>
        <source>duplicate polygons</source>
        <translation>дублікати полігонів</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="36"/>
        <source>ids with spaces around them</source>
        <translation>ідентифікатори з пробілами по краях</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="37"/>
        <source>without geometry</source>
        <translation>без геометрії</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="62"/>
        <source>Geometry checks (GICHD geocheck rules): {parts}.</source>
        <translation>Перевірки геометрії (правила geocheck GICHD): {parts}.</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="76"/>
        <location filename="../core/traverse.py" line="465"/>
        <source>the perimeter has {n} separate parts; one record is one polygon</source>
        <translation>периметр складається з {n} окремих частин; один формуляр — один полігон</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="81"/>
        <location filename="../core/traverse.py" line="471"/>
        <source>a perimeter line was closed into a polygon</source>
        <translation>лінію периметра замкнено в полігон</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="85"/>
        <location filename="../core/traverse.py" line="476"/>
        <source>the perimeter geometry is empty</source>
        <translation>геометрія периметра порожня</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="89"/>
        <location filename="../core/traverse.py" line="474"/>
        <source>a {kind} geometry is not a perimeter</source>
        <translation>геометрія {kind} не є периметром</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="99"/>
        <source>perimeter repaired through make_valid ({reason}): the polygon keeps the ground the ring encloses, {after:,.1f} m²</source>
        <translation>периметр виправлено через make_valid ({reason}): полігон зберігає територію, охоплену контуром, {after:,.1f} м²</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="103"/>
        <source>the perimeter encloses no ground ({reason})</source>
        <translation>периметр не охоплює території ({reason})</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="106"/>
        <source>the perimeter crosses itself ({reason}); make_valid would make {n} polygons of it ({areas}): one record is one polygon, so split it into records or correct its vertices</source>
        <translation>периметр самоперетинається ({reason}); make_valid розділив би його на {n} полігонів ({areas}): один формуляр — один полігон, тож розділіть його на формуляри або виправте вершини</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="89"/>
        <location filename="../core/geotext.py" line="97"/>
        <source>'{text}' is not a coordinate: '{part}' cannot be read</source>
        <translation>'{text}' — не координата: '{part}' не читається</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="109"/>
        <location filename="../core/geotext.py" line="111"/>
        <source>'{text}': a sign must stand before a number</source>
        <translation>'{text}': знак має стояти перед числом</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="134"/>
        <source>'{text}' has a separator with nothing on one side</source>
        <translation>у '{text}' роздільник з одного боку нічого не має</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="165"/>
        <source>'{text}': cannot tell which numbers belong to which hemisphere</source>
        <translation>«{text}»: неможливо визначити, які числа належать до якої півкулі</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="190"/>
        <source>'{text}': a hemisphere letter or label must stand before or after the numbers</source>
        <translation>'{text}': літера півкулі або мітка має стояти перед числами або після них</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="193"/>
        <source>'{text}': one part has two hemisphere letters or labels</source>
        <translation>'{text}': в одній частині дві літери півкулі або мітки</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="197"/>
        <source>'{text}': a sign may stand only before the degrees</source>
        <translation>'{text}': знак може стояти лише перед градусами</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="201"/>
        <source>'{text}': the hemisphere letter {letter} does not belong to a {axis}</source>
        <translation>'{text}': літера півкулі {letter} не стосується величини «{axis}»</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="217"/>
        <source>'{text}': degrees with a fraction cannot be followed by minutes</source>
        <translation>«{text}»: після градусів із дробовою частиною не можуть іти хвилини</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="219"/>
        <source>'{text}': minutes with a fraction cannot be followed by seconds</source>
        <translation>'{text}': після хвилин із дробовою частиною не може бути секунд</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="221"/>
        <source>'{text}': minutes and seconds must be between 0 and 60</source>
        <translation>«{text}»: хвилини й секунди мають бути від 0 до 60</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="224"/>
        <source>'{text}': the marks ° ' &quot; are out of order</source>
        <translation>'{text}': знаки ° ' &quot; стоять не по порядку</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="230"/>
        <source>'{text}': a minus sign and the hemisphere {letter} contradict each other</source>
        <translation>'{text}': знак мінус і півкуля {letter} суперечать одне одному</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="234"/>
        <source>{axis} {value:g} in '{text}' is beyond ±{limit:g}</source>
        <translation>{axis} {value:g} у '{text}' поза межами ±{limit:g}</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="246"/>
        <source>'{text}': {digits} is neither degrees nor compact degrees-minutes-seconds</source>
        <translation>'{text}': {digits} — ні градуси, ні стислий запис градусів-хвилин-секунд</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="157"/>
        <source>classification '{text}' is neither SHA (suspected) nor CHA (confirmed)</source>
        <translation>класифікація '{text}' не є ні SHA (підозрюваний), ні CHA (підтверджений)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="159"/>
        <source>no classification: give SHA (suspected) or CHA (confirmed)</source>
        <translation>немає класифікації: вкажіть SHA (підозрюваний) або CHA (підтверджений)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="163"/>
        <source>status '{text}' is not one ClearGround knows (open, worked_on, closed)</source>
        <translation>статус '{text}' невідомий ClearGround (open, worked_on, closed)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="177"/>
        <source>hazard {id} is already known with another {what}: not overwritten; correct the workspace or the survey</source>
        <translation>небезпечний район {id} вже відомий, але {what} відрізняється: не перезаписано; виправте робочий простір або обстеження</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="181"/>
        <source>duplicate: hazard {id} is already known, unchanged</source>
        <translation>дублікат: небезпечний район {id} вже відомий, без змін</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="186"/>
        <source>the same polygon as hazard {id}</source>
        <translation>той самий полігон, що й у небезпечного району {id}</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="206"/>
        <source>polygon</source>
        <translation>полігон</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <source>Reduced (TS)</source>
        <translation>Скорочено (ТО — технічне обстеження)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="14"/>
        <source>Cancelled (NTS)</source>
        <translation>Скасовано (НТО — нетехнічне обстеження)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Manual</source>
        <translation>Ручний</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mechanical</source>
        <translation>Механізований</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mine detection dog</source>
        <translation>Мінно-розшукова собака</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Technical survey</source>
        <translation>Технічне обстеження</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="18"/>
        <source>Non-technical survey</source>
        <translation>Нетехнічне обстеження</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Degrees</source>
        <translation>Градуси</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>NATO mils (6400)</source>
        <translation>Тисячні НАТО (6400)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Soviet mils (6000, 12-50)</source>
        <translation>Поділки кутоміра (6000, 12-50)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>On the UTM grid</source>
        <translation>За сіткою UTM</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>Along the longest edge</source>
        <translation>Уздовж найдовшої сторони</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Whole range</source>
        <translation>Увесь діапазон</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="80"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Year</source>
        <translation>Рік</translation>
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
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="109"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Worked on</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../core/labels.py" line="26"/>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Scattered</source>
        <translation>Розкидане</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Nuisance</source>
        <translation>Турбувальне</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Remotely delivered</source>
        <translation>Дистанційного мінування</translation>
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
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="100"/>
        <location filename="../processing/algorithms/package_field.py" line="60"/>
        <location filename="../ui/mark_form.py" line="72"/>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <source>Status date</source>
        <translation>Дата статусу</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Depth (cm)</source>
        <translation>Глибина (см)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Record / hazard</source>
        <translation>Формуляр / небезпечна територія</translation>
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
        <translation>Версія</translation>
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
        <translation>Класифікація</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <source>Hazard area</source>
        <translation>Небезпечна ділянка</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AP mines recorded</source>
        <translation>Обліковано мін AP</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AT mines recorded</source>
        <translation>Обліковано мін AT</translation>
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
        <translation>Достовірність</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="49"/>
        <location filename="../processing/field_project.py" line="161"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="47"/>
        <source>Date laid</source>
        <translation>Дата мінування</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <location filename="../core/labels.py" line="48"/>
        <source>Mine models</source>
        <translation>Моделі мін</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed by</source>
        <translation>Ким змінено</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed at</source>
        <translation>Час зміни</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="48"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="50"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
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
        <translation>Вид точки (орієнтир, поворотна точка, міна)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Measured from point</source>
        <translation>Відлік від точки</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Angle unit</source>
        <translation>Одиниця кутів</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>North reference</source>
        <translation>Тип півночі</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Distance (m)</source>
        <translation>Відстань (м)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinates (one column)</source>
        <translation>Координати (один стовпець)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinate system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Device category (AP, AT…)</source>
        <translation>Категорія пристрою (AP, AT…)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Mine model</source>
        <translation>Модель міни</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Number of mines</source>
        <translation>Кількість мін</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Spacing of the mines (m)</source>
        <translation>Відстань між мінами (м)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Magnetic declination (°)</source>
        <translation>Магнітне схилення (°)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>X / easting</source>
        <translation>X / східна координата</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Y / northing</source>
        <translation>Y / північна координата</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Mine number</source>
        <translation>Номер міни</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Source document</source>
        <translation>Вихідний документ</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Type of minefield</source>
        <translation>Тип мінного поля</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="49"/>
        <source>Record numbers made from (field)</source>
        <translation>Номери формулярів з (поле)</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="56"/>
        <source>Status must be one of: {values}.</source>
        <translation>Статус має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="58"/>
        <source>Method must be one of: {values}.</source>
        <translation>Метод має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="60"/>
        <source>Depth must be between 0 and 10000 cm.</source>
        <translation>Глибина має бути від 0 до 10000 см.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="161"/>
        <source>Give a reason to take a sector out of 'cleared'.</source>
        <translation>Вкажіть причину, щоб зняти із сектора статус «очищено».</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="113"/>
        <source>latitude {lat:g} is in a polar (UPS) area</source>
        <translation>широта {lat:g} лежить у полярній (UPS) області</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="159"/>
        <source>MGRS precision {precision} is not 0-5</source>
        <translation>точність MGRS {precision} не входить до діапазону 0-5</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="162"/>
        <source>latitude {lat:g} is not between -90 and 90</source>
        <translation>широта {lat:g} не лежить між -90 і 90</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="164"/>
        <source>longitude {lon:g} is not between -180 and 360</source>
        <translation>довгота {lon:g} не лежить між -180 і 360</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="173"/>
        <source>longitude {lon:g} lies outside UTM zone {zone}</source>
        <translation>довгота {lon:g} лежить поза зоною UTM {zone}</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="221"/>
        <source>'{text}' is a polar (UPS) MGRS reference; only UTM areas (80°S-84°N) are supported</source>
        <translation>«{text}» — полярне (UPS) посилання MGRS; підтримуються лише зони UTM (80° пд. ш. — 84° пн. ш.)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="224"/>
        <source>MGRS '{text}' has no zone number (1-60) before the band letter</source>
        <translation>у MGRS «{text}» немає номера зони (1-60) перед літерою пояса</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="227"/>
        <source>MGRS zone {zone} in '{text}' is not 1-60</source>
        <translation>зона MGRS {zone} у «{text}» не входить до діапазону 1-60</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="230"/>
        <source>MGRS '{text}': the letter {letter} is not used in MGRS (I and O never are)</source>
        <translation>MGRS «{text}»: літера {letter} у MGRS не вживається (I та O не вживаються ніколи)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="236"/>
        <source>MGRS '{text}': column letter {letter} does not exist in zone {zone} (its columns are {first}-{last})</source>
        <translation>MGRS «{text}»: літери стовпця {letter} немає в зоні {zone} (її стовпці — {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="240"/>
        <source>MGRS '{text}': row letter {letter} does not exist (rows are A-V)</source>
        <translation>MGRS «{text}»: літери рядка {letter} не існує (рядки — A-V)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="243"/>
        <source>MGRS '{text}': zone {zone} does not exist in band X (over Svalbard, zones 31, 33, 35 and 37 are widened to replace zones 32, 34 and 36)</source>
        <translation>MGRS «{text}»: зони {zone} немає в поясі X (над Шпіцбергеном зони 31, 33, 35 і 37 розширено замість зон 32, 34 і 36)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="259"/>
        <source>MGRS '{text}': write the easting and northing as one group of digits or as two</source>
        <translation>MGRS «{text}»: запишіть східну та північну координати однією групою цифр або двома</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="264"/>
        <source>MGRS '{text}' needs the same number of easting and northing digits (at most 5)</source>
        <translation>у MGRS «{text}» має бути однакова кількість цифр східної та північної координат (не більше 5)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="269"/>
        <source>MGRS '{text}' has an odd number of digits</source>
        <translation>у MGRS «{text}» непарна кількість цифр</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="271"/>
        <source>MGRS '{text}' has more than 5 digits each for easting and northing</source>
        <translation>у MGRS «{text}» понад 5 цифр на кожну зі східної та північної координат</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="281"/>
        <source>MGRS '{text}' lies north of 84.5°N, beyond the UTM part of MGRS</source>
        <translation>MGRS «{text}» лежить північніше 84,5° пн. ш., поза частиною MGRS на основі UTM</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="375"/>
        <source>MGRS '{text}': zone {zone} does not exist in band {band}</source>
        <translation>MGRS «{text}»: зони {zone} немає в поясі {band}</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="384"/>
        <source>MGRS '{text}': column {letter} lies outside zone {zone} in band {band} ({area}; its columns there are {first}-{last})</source>
        <translation>MGRS «{text}»: стовпець {letter} лежить поза зоною {zone} у поясі {band} ({area}; її стовпці там — {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="391"/>
        <source>MGRS '{text}': row {letter} lies outside band {band} in zone {zone} ({area}; its rows there are {first} to {last}, south to north)</source>
        <translation>MGRS «{text}»: рядок {letter} лежить поза поясом {band} у зоні {zone} ({area}; його рядки там — від {first} до {last}, з півдня на північ)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="394"/>
        <source>MGRS '{text}': square {square} lies outside zone {zone} in band {band} ({area})</source>
        <translation>MGRS «{text}»: квадрат {square} лежить поза зоною {zone} у поясі {band} ({area})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="155"/>
        <source>{target} = '{column}' (set by the field mapping)</source>
        <translation>{target} = '{column}' (задано зіставленням полів)</translation>
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
        <translation>'{column}' названо як {target}, але {why}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="249"/>
        <location filename="../core/minemap.py" line="331"/>
        <location filename="../processing/algorithms/import_finds.py" line="177"/>
        <location filename="../processing/algorithms/import_finds.py" line="179"/>
        <location filename="../processing/algorithms/import_hazards.py" line="135"/>
        <location filename="../ui/tabs/records.py" line="251"/>
        <source>row {row}: {reason}</source>
        <translation>рядок {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="282"/>
        <source>the geometry has a point at longitude {x:g}, latitude {y:g}, off the globe: the file's coordinates are not in {crs}, or are swapped</source>
        <translation>у геометрії є точка з довготою {x:g} і широтою {y:g} поза земною кулею: координати файлу не в {crs} або переставлені</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="292"/>
        <source>{name} has {count} columns named '{header}' ({columns}): say which one is {target} with the field mapping, e.g. {target}={column}</source>
        <translation>У {name} стовпців з назвою «{header}»: {count} ({columns}); вкажіть у зіставленні полів, який з них {target}, наприклад {target}={column}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="307"/>
        <source>cannot tell what {name} holds: it needs a 'kind' column (a traverse), coordinates (lat and lon, x and y, or coord: mine points) or geometries. Its columns are: {columns}. Set the field mapping.</source>
        <translation>неможливо зрозуміти, що містить {name}: потрібен стовпець 'kind' (хід), координати (lat і lon, x і y або coord: точки мін) або геометрія. Його стовпці: {columns}. Задайте зіставлення полів.</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="367"/>
        <source>laid_date '{text}' is not a date (kept in raw)</source>
        <translation>laid_date «{text}» не є датою (збережено в raw)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="372"/>
        <source>{field} '{text}' is not one of {allowed} (set to unknown)</source>
        <translation>{field} «{text}» не є одним із {allowed} (встановлено unknown)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="382"/>
        <source>{field} '{text}' is not a number (counted from the mines)</source>
        <translation>{field} «{text}» не є числом (підраховано за мінами)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="394"/>
        <source>the record states {stated} {cat} mines; its rows and mines hold {found}</source>
        <translation>у формулярі зазначено {stated} мін категорії {cat}; у його рядах і мінах — {found}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="412"/>
        <source>record_id '{text}' had spaces around it; they were removed</source>
        <translation>у record_id «{text}» були пробіли по краях; їх видалено</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="444"/>
        <location filename="../core/minemap.py" line="551"/>
        <source>record_id is empty</source>
        <translation>record_id не вказано</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="454"/>
        <location filename="../core/minemap.py" line="871"/>
        <source>record '{record}' is already in the workspace</source>
        <translation>формуляр «{record}» уже є в робочій області</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="476"/>
        <source>record '{record}' has no perimeter and no mines</source>
        <translation>формуляр «{record}» не має ні периметра, ні мін</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="482"/>
        <source>no perimeter in the record: the hull of its mines widened by {m:g} m</source>
        <translation>у формулярі немає периметра: взято опуклу оболонку його мін, розширену на {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="501"/>
        <source>record '{record}' lies outside the expected area</source>
        <translation>формуляр «{record}» лежить поза очікуваним районом</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="511"/>
        <source>a mine of this row lies outside the expected area</source>
        <translation>міна цього ряду лежить поза очікуваним районом</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="526"/>
        <source>the file has no record_id column: all its mines belong to record '{record}'</source>
        <translation>у файлі немає стовпця record_id: усі його міни належать до формуляра «{record}»</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="572"/>
        <source>{reading} (only so does it lie in the expected area)</source>
        <translation>{reading} (лише так точка лежить в очікуваному районі)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="575"/>
        <location filename="../core/minemap.py" line="935"/>
        <source>the point lies outside the expected area</source>
        <translation>точка лежить поза очікуваним районом</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="581"/>
        <location filename="../core/traverse.py" line="268"/>
        <location filename="../processing/algorithms/import_finds.py" line="165"/>
        <source>row {row}: {note}</source>
        <translation>рядок {row}: {note}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="613"/>
        <source>latitude and longitude were swapped ({lat} cannot be a latitude)</source>
        <translation>широту й довготу переставлено ({lat} не може бути широтою)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="615"/>
        <source>latitude {lat} is beyond ±90; read the other way round</source>
        <translation>широта {lat} поза межами ±90; прочитано навпаки</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="623"/>
        <source>latitude {lat} is beyond ±90, and longitude {lon} cannot be a latitude either</source>
        <translation>широта {lat} поза межами ±90, і довгота {lon} теж не може бути широтою</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="626"/>
        <source>latitude '{lat}' / longitude '{lon}' is not a position</source>
        <translation>широта «{lat}» / довгота «{lon}» не задають місце розташування</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="631"/>
        <source>latitude and longitude were swapped in this row (so it lies with the record's other mines)</source>
        <translation>у цьому рядку широту й довготу переставлено (так точка лежить поруч з іншими мінами формуляра)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="638"/>
        <source>the file gives x/y coordinates; set CRS to their projected CRS (e.g. EPSG:32638 or EPSG:28408), not {crs}</source>
        <translation>у файлі координати x/y; задайте в CRS їхню прямокутну систему координат (наприклад, EPSG:32638 або EPSG:28408), а не {crs}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="687"/>
        <source>'{text}' cannot be projected from {crs}</source>
        <translation>«{text}» не можна перевести з {crs}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="726"/>
        <source>{doubt}, but nothing confirms that reading: record '{record}' has no other mines to compare it with; correct the row or give the expected area</source>
        <translation>{doubt}, але ніщо не підтверджує це прочитання: у формуляра '{record}' немає інших мін для порівняння; виправте рядок або задайте очікуваний район</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="731"/>
        <source>{doubt}, but so it lies {km:,.1f} km from the other mines of record '{record}'; correct the row</source>
        <translation>{doubt}, але тоді точка лежить за {km:,.1f} км від інших мін формуляра '{record}'; виправте рядок</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="736"/>
        <source>the point lies {km:,.1f} km from the other {n} mines of record '{record}' (farther than {reach:,.1f} km), and no other reading of it lies with them; correct the row</source>
        <translation>точка лежить за {km:,.1f} км від інших {n} мін формуляра '{record}' (далі ніж {reach:,.1f} км), і інше її прочитання теж не поруч із ними; виправте рядок</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="746"/>
        <source> (read as written: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away</source>
        <translation> (якщо читати як записано: широта {lat:.6f}, довгота {lon:.6f}, на відстані {km:,.1f} км</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="749"/>
        <source>; its other reading: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away)</source>
        <translation>; інше прочитання: широта {lat:.6f}, довгота {lon:.6f}, на відстані {km:,.1f} км)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="752"/>
        <source>; the text has no other reading)</source>
        <translation>; іншого прочитання текст не допускає)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="780"/>
        <source>... and {n} more rows with notes</source>
        <translation>... і ще {n} рядків із примітками</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="782"/>
        <source>no perimeter in the file: the hull of its {n} mines widened by {m:g} m</source>
        <translation>у файлі немає периметра: взято опуклу оболонку його {n} мін, розширену на {m:g} м</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="786"/>
        <source>{field} differs between row {row_a} ('{a}') and row {row_b} ('{b}'); the first was kept, both rows are in raw</source>
        <translation>{field} відрізняється в рядку {row_a} («{a}») і рядку {row_b} («{b}»); збережено перше значення, обидва рядки є в raw</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="844"/>
        <source>a {kind} is neither a perimeter nor a mine</source>
        <translation>{kind} — не периметр і не міна</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="867"/>
        <source>record_id '{record}' is used again (first on row {row})</source>
        <translation>record_id «{record}» використано повторно (уперше в рядку {row})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="885"/>
        <source>the same polygon as row {row} (a duplicate polygon)</source>
        <translation>той самий полігон, що й у рядку {row} (дублікат полігона)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="891"/>
        <source>the perimeter lies outside the expected area</source>
        <translation>периметр лежить поза очікуваним районом</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="922"/>
        <location filename="../core/minemap.py" line="974"/>
        <source>a multipoint of {n} points: one mine is one point</source>
        <translation>мультиточка з {n} точок: одна міна — одна точка</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="932"/>
        <source>the mine has no record_id and lies in no single perimeter of the file</source>
        <translation>міна не має record_id і не лежить всередині рівно одного периметра файлу</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="947"/>
        <source>its record '{record}' was rejected (row {row})</source>
        <translation>її формуляр «{record}» відхилено (рядок {row})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="948"/>
        <source>record '{record}' is not in this file nor in the workspace</source>
        <translation>формуляра «{record}» немає ні в цьому файлі, ні в робочій області</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1004"/>
        <source>record_id made by ClearGround from {column} '{value}' and the feature's number among those with it (the file gives none)</source>
        <translation>record_id створено ClearGround з {column} '{value}' та номера об’єкта серед об’єктів із цим значенням (у файлі не вказано)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1006"/>
        <source>record_id made by ClearGround from the file's name and the row number {row} (the file gives none)</source>
        <translation>record_id створено ClearGround з назви файлу та номера рядка {row} (у файлі не вказано)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1012"/>
        <source>{n} records had no record_id: each was given {column} and its number among the features with that value (e.g. MS-12-3), else the file's name and its row (see each record's notes)</source>
        <translation>Формулярів без record_id: {n}; кожному присвоєно {column} і його номер серед об’єктів із цим значенням (напр. MS-12-3), інакше — назву файлу та номер рядка (див. примітки до кожного формуляра)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1015"/>
        <source>{n} records had no record_id: each was given the file's name and its row number (e.g. {example}); set id_prefix in the field mapping to build them from a field</source>
        <translation>Формулярів без record_id: {n}; кожному присвоєно назву файлу та номер рядка (напр. {example}); задайте id_prefix у зіставленні полів, щоб формувати їх із поля</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="89"/>
        <source>Finds outside every record</source>
        <translation>Знахідки поза всіма формулярами</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="90"/>
        <location filename="../ui/tabs/discrepancies.py" line="73"/>
        <source>Missing mines</source>
        <translation>Бракуючі міни</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="91"/>
        <location filename="../ui/tabs/discrepancies.py" line="74"/>
        <source>Surplus mines</source>
        <translation>Зайві міни</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="92"/>
        <location filename="../ui/tabs/discrepancies.py" line="75"/>
        <source>Type mismatch</source>
        <translation>Невідповідність типу</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="93"/>
        <source>Recorded mine not found</source>
        <translation>Міну за формуляром не знайдено</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="94"/>
        <location filename="../ui/tabs/discrepancies.py" line="77"/>
        <source>Systematic offset</source>
        <translation>Систематичний зсув</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="95"/>
        <location filename="../ui/tabs/discrepancies.py" line="78"/>
        <source>Post-clearance find</source>
        <translation>Знахідка після розмінування</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="128"/>
        <source>Before {period}</source>
        <translation>До {period}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="138"/>
        <source>{n} other districts</source>
        <translation>інші райони ({n})</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="173"/>
        <location filename="../core/report.py" line="180"/>
        <location filename="../core/report.py" line="341"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <location filename="../ui/tabs/tally.py" line="379"/>
        <location filename="../workspace/report_layout.py" line="362"/>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="182"/>
        <source>Outside these districts</source>
        <translation>Поза цими районами</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="189"/>
        <source>National summary</source>
        <translation>Зведення по країні</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="199"/>
        <source>{start} to {end}</source>
        <translation>з {start} по {end}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="201"/>
        <source>from {start}</source>
        <translation>з {start}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="203"/>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="204"/>
        <source>all dates</source>
        <translation>усі дати</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="209"/>
        <source>{total} explosive items found</source>
        <translation>Виявлено вибухонебезпечних предметів: {total}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="221"/>
        <source>Land released: {total} ha</source>
        <translation>Вивільнено земель: {total} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="222"/>
        <source>cleared {cleared} ha · reduced {reduced} ha · cancelled {cancelled} ha</source>
        <translation>очищено {cleared} га · скорочено {reduced} га · скасовано {cancelled} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="225"/>
        <source>Remaining in sectors not yet released: {remaining} ha</source>
        <translation>Залишилося в ще не вивільнених секторах: {remaining} га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="244"/>
        <source>{n} open: {detail}</source>
        <translation>відкрито {n}: {detail}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="263"/>
        <source>No open high-severity discrepancies.</source>
        <translation>Відкритих розбіжностей високої важливості немає.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="265"/>
        <source>{n} open high-severity discrepancies in all.</source>
        <translation>Усього відкритих розбіжностей високої важливості: {n}.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="267"/>
        <source>{n} more open high-severity discrepancies: see the discrepancies layer.</source>
        <translation>Ще відкритих розбіжностей високої важливості: {n}; див. шар розбіжностей.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="314"/>
        <source>No finds in the period</source>
        <translation>За період знахідок немає</translation>
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
        <translation>Скорочено, га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="348"/>
        <source>Cancelled ha</source>
        <translation>Скасовано, га</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="348"/>
        <location filename="../core/report.py" line="354"/>
        <location filename="../processing/algorithms/tally_finds.py" line="108"/>
        <location filename="../ui/tabs/tally.py" line="130"/>
        <location filename="../workspace/report_layout.py" line="360"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="349"/>
        <source>Generated</source>
        <translation>Сформовано</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="366"/>
        <source>Open high-severity discrepancies</source>
        <translation>Відкриті розбіжності високої важливості</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="93"/>
        <source>by its values, not its name: {why}</source>
        <translation>за значеннями, а не за назвою: {why}</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="102"/>
        <source>by its values: {why}</source>
        <translation>за значеннями: {why}</translation>
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
        <translation>Формуляри мінних полів</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="90"/>
        <location filename="../processing/algorithms/correct_record.py" line="90"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="148"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="213"/>
        <source>Recorded mines</source>
        <translation>Міни за формулярами</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="101"/>
        <location filename="../processing/algorithms/district_report.py" line="404"/>
        <location filename="../processing/field_project.py" line="53"/>
        <source>Hazard areas</source>
        <translation>Небезпечні території</translation>
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
        <translation>Сектори</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="131"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="150"/>
        <location filename="../processing/algorithms/tally_finds.py" line="94"/>
        <location filename="../processing/field_project.py" line="52"/>
        <location filename="../ui/chart.py" line="56"/>
        <location filename="../ui/tabs/tally.py" line="123"/>
        <source>Finds</source>
        <translation>Знахідки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="150"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="176"/>
        <location filename="../ui/tabs/discrepancies.py" line="199"/>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="163"/>
        <source>Audit log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="126"/>
        <source>({lon}, {lat}) is not a longitude/latitude in degrees.</source>
        <translation>({lon}, {lat}) — не довгота/широта в градусах.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="223"/>
        <source>the parent id is empty.</source>
        <translation>ідентифікатор батьківського об’єкта порожній.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="224"/>
        <location filename="../core/sectors.py" line="288"/>
        <source>the geometry has no polygon area.</source>
        <translation>геометрія не має площі полігону.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="253"/>
        <source>the cell size must be a positive number of metres, not {size}.</source>
        <translation>розмір комірки має бути додатним числом метрів, а не {size}.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="255"/>
        <source>orientation must be one of {values}, not {value}.</source>
        <translation>орієнтація має бути однією з: {values}, а не {value}.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="380"/>
        <source>{rows} x {cols} cells of {size:g} m would be needed (more than {limit:,}); choose a larger cell size.</source>
        <translation>знадобилося б {rows} x {cols} комірок по {size:g} м (більше ніж {limit:,}); виберіть більший розмір комірки.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="125"/>
        <source>category '{text}' is not a device category ClearGround knows (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER)</source>
        <translation>категорія «{text}» не є відомою ClearGround категорією ВНП (AP — протипіхотна міна, AT — протитанкова міна, UXO — нерозірваний боєприпас, AXO — залишений вибухонебезпечний боєприпас, SUBMUNITION — суббоєприпас, IED — саморобний вибуховий пристрій, OTHER — інше)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>{what} '{text}' must be a number of at least {minimum:g}</source>
        <translation>{what}: «{text}» має бути числом не менше {minimum:g}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="192"/>
        <source>kind is empty (reference, turning, intermediate, row or mine)</source>
        <translation>kind не вказано (reference — орієнтир, turning — поворотна точка, intermediate — проміжна точка, row — ряд мін або mine — окрема міна)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="193"/>
        <source>kind '{kind}' is not one of reference, turning, intermediate, row, mine</source>
        <translation>kind «{kind}» не є одним із reference, turning, intermediate, row, mine</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="199"/>
        <source>point '{point}' appears twice in record '{record}' (rows {first} and {second})</source>
        <translation>точка «{point}» трапляється у формулярі «{record}» двічі (рядки {first} і {second})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="224"/>
        <source>from_point '{point}' is never placed (a loop of from_point references)</source>
        <translation>from_point «{point}» так і не отримує координат (посилання from_point замкнені в цикл)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="265"/>
        <source>coord '{text}' cannot be projected from {crs}</source>
        <translation>coord «{text}» не можна перевести з {crs}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="272"/>
        <source>neither coord nor from_point is given</source>
        <translation>не вказано ні coord, ні from_point</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="274"/>
        <location filename="../core/traverse.py" line="336"/>
        <source>from_point '{point}' was rejected (row {row})</source>
        <translation>from_point «{point}» відхилено (рядок {row})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="277"/>
        <location filename="../core/traverse.py" line="339"/>
        <source>from_point '{point}' is not a point of record '{record}'</source>
        <translation>from_point «{point}» не є точкою формуляра «{record}»</translation>
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
        <translation>distance_m не вказано</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="295"/>
        <source>row {row}: bearing '{text}' read as Soviet mils (6000 to the circle)</source>
        <translation>рядок {row}: азимут «{text}» прочитано в поділках кутоміра (6000 на коло)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="303"/>
        <source>declination_deg</source>
        <translation>declination_deg</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="313"/>
        <source>a reference point needs coord</source>
        <translation>для орієнтира потрібна coord</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="334"/>
        <source>a row needs from_point (its start) or coord</source>
        <translation>для ряду мін потрібна from_point (його початок) або coord</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="344"/>
        <source>distance_m (the length of the row) is empty</source>
        <translation>distance_m (довжину ряду мін) не вказано</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="349"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="351"/>
        <source>count '{text}' is not a whole number</source>
        <translation>count «{text}» не є цілим числом</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="354"/>
        <source>spacing_m</source>
        <translation>spacing_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="356"/>
        <source>a row needs count or spacing_m</source>
        <translation>для ряду мін потрібно count або spacing_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="359"/>
        <source>spacing_m must be more than 0 when count is not given</source>
        <translation>якщо count не вказано, spacing_m має бути більше 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="361"/>
        <source>spacing_m {spacing:g} is less than {least:g} m: no row lays mines that close</source>
        <translation>spacing_m {spacing:g} менше за {least:g} м: у жодному ряду міни не ставлять так близько</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="365"/>
        <source>a row of {count:,} mines is more than the {most:,} one row of a record can hold: check count, spacing_m and distance_m</source>
        <translation>ряд із {count:,} мін більший, ніж {most:,}, які може містити один ряд запису: перевірте count, spacing_m і distance_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="370"/>
        <source>row {row}: {count} mines {spacing:g} m apart need {need:g} m; the row is {length:g} m long (placed as written)</source>
        <translation>рядок {row}: для {count} мін із кроком {spacing:g} м потрібно {need:g} м, а довжина ряду {length:g} м (розміщено як записано)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="392"/>
        <source>record '{record}' is rejected: its perimeter lacks row {rows} (see that row)</source>
        <translation>формуляр «{record}» відхилено: у його периметрі бракує рядка {rows} (див. цей рядок)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="399"/>
        <source>record '{record}' is rejected: {reason}</source>
        <translation>формуляр «{record}» відхилено: {reason}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="428"/>
        <source>vertex {label} repeats the one before it and was dropped</source>
        <translation>вершина {label} повторює попередню й відкинута</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="436"/>
        <source>the perimeter has {n} distinct vertices; at least 3 are needed</source>
        <translation>периметр має {n} різних вершин; потрібно щонайменше 3</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="444"/>
        <source>vertices {a} and {b} are {km:.1f} km apart (more than {limit:g} km): a wrong bearing, distance or coordinate</source>
        <translation>вершини {a} і {b} розташовані за {km:.1f} км одна від одної (більше {limit:g} км): помилка в азимуті, відстані або координаті</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="453"/>
        <source>perimeter repaired ({reason})</source>
        <translation>периметр виправлено ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="456"/>
        <source>the perimeter crosses itself ({reason})</source>
        <translation>периметр самоперетинається ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="481"/>
        <source>the perimeter's holes make it invalid ({reason})</source>
        <translation>через дірки периметр некоректний ({reason})</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="37"/>
        <source>{package} is not installed; install {hint}.</source>
        <translation>{package} не встановлено; встановіть {hint}.</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="46"/>
        <source>{package} {version} is too old (ClearGround needs {minimum} or newer); install {hint}.</source>
        <translation>{package} {version} застарілий (ClearGround потрібна версія {minimum} або новіша); встановіть {hint}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="39"/>
        <source>ClearGround's algorithms are not available: {problems}</source>
        <translation>Алгоритми ClearGround недоступні: {problems}</translation>
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
        <translation>Що потрібно для ClearGround…</translation>
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
        <translation>Позначити сектори</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Run discrepancy analysis</source>
        <translation>Запустити аналіз розбіжностей</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <location filename="../ui/tabs/report.py" line="237"/>
        <source>Weekly report</source>
        <translation>Щотижневий звіт</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74"/>
        <location filename="../ui/dock.py" line="159"/>
        <source>New workspace…</source>
        <translation>Нова робоча область…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <location filename="../ui/dock.py" line="160"/>
        <source>Open workspace…</source>
        <translation>Відкрити робочу область…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="25"/>
        <source>Copy workspace between GeoPackage and PostGIS</source>
        <translation>Копіювати робочу область між GeoPackage і PostGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="26"/>
        <source>Copies a whole ClearGround workspace between a GeoPackage file and a schema of a PostgreSQL/PostGIS database, losing nothing: every layer, feature (with its id and order), attribute, geometry and the audit log. Fields added to a layer beyond the standard ones are copied too; other tables are listed in the log, not copied.

Direction 'GeoPackage to PostGIS': INPUT is the .gpkg file; the workspace is created in a NEW schema SCHEMA of the QGIS connection CONNECTION, in one transaction (on any error nothing is written). CREATE_ROLES also creates the schema's reader, editor and admin roles (needs a database administrator).

Direction 'PostGIS to GeoPackage': the workspace in SCHEMA of CONNECTION is written to the new file OUTPUT. An existing file or a schema that holds tables is never overwritten.

The connection is one of QGIS's own PostgreSQL connections; its credentials come from QGIS's authentication manager and are never stored by ClearGround.</source>
        <translation>Копіює всю робочу область ClearGround між файлом GeoPackage і схемою бази даних PostgreSQL/PostGIS без втрат: усі шари, об’єкти (з ідентифікаторами та порядком), атрибути, геометрію та журнал змін. Поля, додані до шару понад стандартні, теж копіюються; інші таблиці перелічуються в журналі й не копіюються.

Напрямок 'GeoPackage to PostGIS': INPUT — файл .gpkg; робоча область створюється в НОВІЙ схемі SCHEMA підключення QGIS CONNECTION в одній транзакції (за будь-якої помилки нічого не записується). CREATE_ROLES також створює ролі схеми reader, editor і admin (потрібен адміністратор бази даних).

Напрямок 'PostGIS to GeoPackage': робоча область зі схеми SCHEMA підключення CONNECTION записується в новий файл OUTPUT. Наявний файл або схема, що містить таблиці, ніколи не перезаписуються.

Підключення — одне з власних підключень PostgreSQL у QGIS; облікові дані беруться з менеджера автентифікації QGIS і ніколи не зберігаються ClearGround.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>GeoPackage to PostGIS</source>
        <translation>З GeoPackage до PostGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>PostGIS to GeoPackage</source>
        <translation>З PostGIS до GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="52"/>
        <source>GeoPackage workspace to copy (GeoPackage to PostGIS)</source>
        <translation>Робоча область GeoPackage для копіювання (з GeoPackage до PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="54"/>
        <source>PostgreSQL connection</source>
        <translation>Підключення PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="57"/>
        <source>Schema (a new one for GeoPackage to PostGIS)</source>
        <translation>Схема (нова для напрямку з GeoPackage до PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="59"/>
        <source>Create the reader, editor and admin roles of the schema</source>
        <translation>Створити ролі схеми reader, editor і admin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="61"/>
        <source>New GeoPackage workspace (PostGIS to GeoPackage)</source>
        <translation>Нова робоча область GeoPackage (з PostGIS до GeoPackage)</translation>
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
        <translation>Вкажіть схему PostgreSQL робочої області (SCHEMA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="73"/>
        <source>Give the GeoPackage workspace to copy (INPUT).</source>
        <translation>Вкажіть робочу область GeoPackage для копіювання (INPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="75"/>
        <source>Give the new GeoPackage file to write (OUTPUT).</source>
        <translation>Вкажіть новий файл GeoPackage для запису (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="78"/>
        <source>The QGIS connection &quot;{name}&quot; keeps its password in plain settings; consider an authentication configuration instead.</source>
        <translation>Підключення QGIS «{name}» зберігає пароль у налаштуваннях відкритим текстом; краще використовуйте конфігурацію автентифікації.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="88"/>
        <source>Roles: {reader} (read only), {editor} (marking, triage), {admin} (schema).</source>
        <translation>Ролі: {reader} (лише читання), {editor} (позначення, розгляд), {admin} (схема).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="100"/>
        <source>{layer}: {count} features copied.</source>
        <translation>{layer}: скопійовано об’єктів: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="102"/>
        <source>{layer}: the additional field(s) {fields} were copied too.</source>
        <translation>{layer}: додаткові поля {fields} теж скопійовано.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="105"/>
        <source>Not part of the workspace, so not copied: {layers}.</source>
        <translation>Не входять до робочої області, тому не скопійовані: {layers}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="58"/>
        <source>Correct records by their offsets</source>
        <translation>Виправити формуляри за їхніми зсувами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="60"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="94"/>
        <location filename="../processing/algorithms/tally_finds.py" line="54"/>
        <location filename="../ui/tabs/discrepancies.py" line="216"/>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="61"/>
        <source>Moves minefield records and their recorded mines by the transform that clearground:finddiscrepancies fitted from the finds (its OUTPUT_OFFSETS table), so that teams search where the mines really are.

Each record of OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) is turned about the centroid of its perimeter (the mean of its mines when it has none): scaled, rotated clockwise by rotation_deg, then shifted dx_m metres east and dy_m metres north, geodesically.

With SECTORS (optional), only the uncleared remainder is kept: the corrected perimeter minus the cleared sectors, and the corrected mines that do not fall in a cleared sector.

Outputs: OUTPUT_RECORDS and OUTPUT_MINES, the moved records and mines with all their fields; the original text and position are kept in raw (the original raw text, then a line 'original geometry: WKT'). Records without an offset row are left out and counted in the log.

Only records whose offset row has status fitted are moved: an ambiguous one (another transform explains its finds about as well) or one with too few finds is left out, each named in the log with why. INCLUDE_AMBIGUOUS moves the ambiguous ones too, by their best transform, and says so in their notes. An OFFSETS table without a status field (from an older run) is taken as fitted.</source>
        <translation>Зсуває формуляри мінних полів і їхні міни на перетворення, яке clearground:finddiscrepancies підібрав за знахідками (його таблиця OUTPUT_OFFSETS), щоб групи шукали міни там, де вони насправді є.

Кожен формуляр з OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) перетворюється відносно центроїда його периметра (якщо периметра немає — середнього положення його мін): масштабується, повертається за годинниковою стрілкою на rotation_deg, потім геодезично зсувається на dx_m метрів на схід і dy_m метрів на північ.

З SECTORS (необов’язково) зберігається лише неочищений залишок: виправлений периметр без очищених секторів і виправлені міни, що не потрапляють в очищений сектор.

Результати: OUTPUT_RECORDS і OUTPUT_MINES — зсунуті формуляри й міни з усіма полями; початковий текст і положення зберігаються в raw (початковий текст raw, потім рядок 'original geometry: WKT'). Формуляри без рядка зсуву виключаються й враховуються в журналі.

Зсуваються лише формуляри зі статусом fitted у рядку зсуву: неоднозначний (інше перетворення майже так само пояснює його знахідки) або з недостатньою кількістю знахідок виключається, і кожен названо в журналі з причиною. INCLUDE_AMBIGUOUS зсуває й неоднозначні — за їхнім найкращим перетворенням — і зазначає це в їхніх примітках. Таблиця OFFSETS без поля status (від попереднього запуску) вважається fitted.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="92"/>
        <source>Record offsets (from Find discrepancies)</source>
        <translation>Зсуви формулярів (з «Знайти розбіжності»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="94"/>
        <source>Sectors (to keep only the uncleared remainder)</source>
        <translation>Сектори (щоб залишити лише неочищений залишок)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="97"/>
        <source>Also move records whose fit is ambiguous</source>
        <translation>Зсувати й формуляри з неоднозначним припасуванням</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="99"/>
        <source>Corrected records</source>
        <translation>Виправлені формуляри</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="101"/>
        <source>Corrected mines</source>
        <translation>Виправлені міни</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="122"/>
        <source>Record {id} is in OFFSETS but has neither a perimeter nor mines; nothing to move.</source>
        <translation>Формуляр {id} є в OFFSETS, але не має ні периметра, ні мін; зсувати нічого.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="156"/>
        <source>{count} record(s) have no offset row and were left out.</source>
        <translation>{count} формулярів не мають рядка зсуву; їх виключено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="183"/>
        <source>Recorded mine feature {fid} of record {id} has no position; left out.</source>
        <translation>Міна {fid} формуляра {id} не має місця розташування; виключено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="196"/>
        <source>Moved {records} record(s) and {mines} mine(s).</source>
        <translation>Зсунуто формулярів: {records}, мін: {mines}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="199"/>
        <source>{count} recorded mine(s) belong to records without an offset row and were left out.</source>
        <translation>{count} облікованих мін належать до формулярів без рядка зміщення і не включені.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="202"/>
        <source>{count} corrected mine(s) fall in cleared sectors and were left out.</source>
        <translation>{count} виправлених мін потрапляють в очищені сектори, їх виключено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="213"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="310"/>
        <source>{input} has no field {fields}.</source>
        <translation>У {input} немає поля {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="219"/>
        <source>moved by an ambiguous fit, as INCLUDE_AMBIGUOUS asked ({runner}): search here with care</source>
        <translation>зсунуто за неоднозначним припасуванням, як задано INCLUDE_AMBIGUOUS ({runner}): шукайте тут обережно</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="231"/>
        <source>OFFSETS has no status field (an older run): every row is taken as fitted.</source>
        <translation>В OFFSETS немає поля status (попередній запуск): кожен рядок вважається fitted.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="237"/>
        <source>{id}: too few finds, or finds too close together, to place its mines; clearing more of it decides</source>
        <translation>{id}: замало знахідок або вони надто близько одна до одної, щоб визначити положення її мін; вирішить подальше очищення</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="241"/>
        <source>the runner-up moves it {dx} m east, {dy} m north</source>
        <translation>другий варіант зсуває його на {dx} м на схід, {dy} м на північ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="244"/>
        <source>{id}: ambiguous ({runner}); clear more of it, or set INCLUDE_AMBIGUOUS</source>
        <translation>{id}: неоднозначно ({runner}); розчистіть більше або задайте INCLUDE_AMBIGUOUS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="249"/>
        <source>{id}: status '{status}' is not one ClearGround writes</source>
        <translation>{id}: статус '{status}' ClearGround не записує</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="253"/>
        <source>OFFSETS row {row} ({id}): record_id, dx_m, dy_m, rotation_deg and a positive scale are needed; row skipped.</source>
        <translation>Рядок OFFSETS {row} ({id}): потрібні record_id, dx_m, dy_m, rotation_deg і додатний scale; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="257"/>
        <source>OFFSETS row {row}: record {id} appears again; the first row is used.</source>
        <translation>Рядок OFFSETS {row}: формуляр {id} трапляється повторно; використано перший рядок.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="262"/>
        <source>{count} record(s) left as they are:</source>
        <translation>{count} формуляр(ів) залишено як є:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="266"/>
        <source>  ... and {n} more</source>
        <translation>  ... і ще {n}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="274"/>
        <source>SECTORS has no field status.</source>
        <translation>У SECTORS немає поля status.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="28"/>
        <source>Create sample workspace</source>
        <translation>Створити навчальну робочу область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="29"/>
        <source>Creates a new workspace filled with a plausible, made-up mine action scenario along the former line of contact in Tartar, Agdam, Khojavend, Fuzuli, Jabrayil and Zangilan districts: minefield records with their recorded mines, hazard areas, 25 m sectors in every status, and finds of 2021-2024. It holds on purpose the discrepancies that analysis must find: accurate records, records shifted by 30-150 m, records with missing mines, a cluster of unrecorded finds, scattered UXO and one post-clearance find. The log lists them.

Seed: the same seed always gives the same data. Scale: multiplies every count (1 gives about 60 records, 3,000 recorded mines, 2,500 finds and 3,000 sectors).

The districts are not copied into the workspace: use the district layer shipped with the plugin (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Place names: GeoNames (www.geonames.org), CC BY 4.0.

Output: the new .gpkg file. An existing file is never overwritten.</source>
        <translation>Створює нову робочу область, заповнену правдоподібним вигаданим сценарієм розмінування вздовж колишньої лінії зіткнення в Тертерському, Агдамському, Ходжавендському, Фізулінському, Джебраїльському та Зангіланському районах: формуляри мінних полів з мінами, небезпечні території, сектори по 25 м в усіх статусах і знахідки 2021-2024 років. У ньому навмисно закладено розбіжності, які має знайти аналіз: точні формуляри, формуляри, зсунуті на 30-150 м, формуляри з бракуючими мінами, скупчення необлікованих знахідок, розкидані НВБ і одна знахідка після розмінування. Журнал перелічує їх.

Seed: одне й те саме значення завжди дає ті самі дані. Scale: множить усі кількості (1 дає близько 60 формулярів, 3 000 мін за формулярами, 2 500 знахідок і 3 000 секторів).

Райони не копіюються до робочої області: використовуйте шар районів, що постачається з модулем (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Назви населених пунктів: GeoNames (www.geonames.org), CC BY 4.0.

Результат: новий файл .gpkg. Наявний файл ніколи не перезаписується.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="48"/>
        <location filename="../processing/algorithms/create_workspace.py" line="25"/>
        <location filename="../processing/algorithms/district_report.py" line="121"/>
        <location filename="../processing/base.py" line="34"/>
        <location filename="../ui/dock.py" line="48"/>
        <source>Workspace</source>
        <translation>Робоча область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="50"/>
        <source>Seed</source>
        <translation>Початкове значення (seed)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="52"/>
        <source>Scale (multiplies every count)</source>
        <translation>Масштаб (множить усі кількості)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="68"/>
        <source>Cancelled; no workspace was created.</source>
        <translation>Скасовано; робочу область не створено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="74"/>
        <source>The sample could not be written, no workspace was created: {error}</source>
        <translation>Не вдалося записати навчальні дані, робочу область не створено: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="79"/>
        <source>Created sample workspace {path} (seed {seed}, scale {scale}).</source>
        <translation>Створено навчальну робочу область {path} (seed {seed}, масштаб {scale}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="82"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: об’єктів: {count}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="89"/>
        <source>Designed into the sample:</source>
        <translation>Навмисно закладено в навчальні дані:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="91"/>
        <source>{count} accurate records: every mine found within 1-3 m of its recorded position</source>
        <translation>{count} точних формулярів: кожну міну знайдено за 1-3 м від місця за формуляром</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="92"/>
        <source>{count} shifted records: the mines lie 30-150 m from the record, moved and turned by one transform</source>
        <translation>{count} зсунутих формулярів: міни лежать за 30-150 м від формуляра, зсунуті й повернуті одним перетворенням</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="94"/>
        <source>{count} records with missing mines: fully cleared, fewer mines found than recorded</source>
        <translation>{count} формулярів із бракуючими мінами: повністю очищені, знайдено менше мін, ніж за формуляром</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="95"/>
        <source>{count} records partly cleared</source>
        <translation>{count} формулярів очищено частково</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="96"/>
        <source>{count} records not yet worked</source>
        <translation>{count} формулярів ще не в роботі</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="100"/>
        <source>{count} unrecorded AP finds in clusters far from every record</source>
        <translation>{count} необлікованих знахідок AP скупченнями далеко від усіх формулярів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="102"/>
        <source>{count} UXO, AXO and submunition finds outside every hazard area</source>
        <translation>{count} знахідок НВБ, ЗВБ і суббоєприпасів поза всіма небезпечними територіями</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="105"/>
        <source>Post-clearance find {find} in sector {sector} (cleared {cleared}, found {found})</source>
        <translation>Знахідка після розмінування {find} у секторі {sector} (очищено {cleared}, знайдено {found})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="14"/>
        <source>Create workspace</source>
        <translation>Створити робочу область</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="15"/>
        <source>Creates a new ClearGround workspace: one GeoPackage file holding every layer of schema v1 (minefield records, recorded mines, hazard areas, sectors, finds, discrepancies and the audit log), empty, with their fields, unique ids and allowed values. An existing file is never overwritten.

Output: the .gpkg file.</source>
        <translation>Створює нову робочу область ClearGround: один файл GeoPackage з усіма шарами схеми v1 (формуляри мінних полів, міни за формулярами, небезпечні території, сектори, знахідки, розбіжності та журнал змін), порожніми, з їхніми полями, унікальними ідентифікаторами та допустимими значеннями. Наявний файл ніколи не перезаписується.

Результат: файл .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="34"/>
        <source>Created workspace {path} (schema v{version}).</source>
        <translation>Створено робочу область {path} (схема v{version}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="77"/>
        <source>Weekly district report (PDF)</source>
        <translation>Щотижневий звіт за районами (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="79"/>
        <source>Reporting</source>
        <translation>Звітність</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="80"/>
        <source>Writes the weekly report as a PDF built with a QGIS print layout and its atlas: a national summary page, then one page for every district that holds any minefield record, hazard area, sector or find.

Each page has a map of the district (hazard areas and records in IMAS colours, sectors by status, the finds of the period by category, the open discrepancy flags, a scale bar, a north arrow, a legend), the number of items found in the period per category, a table and a chart of the finds per period, the hectares cleared, reduced and cancelled in the period and the hectares still to release, and the open high-severity discrepancies with their messages.

Inputs: a ClearGround workspace (GeoPackage), or the layers themselves; a layer given here replaces the workspace's. TALLY takes the table of clearground:tallyfinds (run with the same districts, district field and dates); without it the tally is run here with PERIOD. DISCREPANCIES takes the flags of clearground:finddiscrepancies, else the workspace's discrepancies layer (its statuses are respected); when that is empty the analysis is run here. A record, hazard or sector belongs to the district holding a point inside it; a find or flag to the district holding it.

Dates: both ends included; empty means no limit. Hectares released are those of sectors whose status date falls in the period; remaining hectares are those of sectors not released by the end date.

TEMPLATE: a layout template (.qpt) saved from this report's layout (OUTPUT_TEMPLATE) and restyled in QGIS; its items are found by their ids (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: the same numbers as a web page. Fonts (DejaVu Sans) are embedded in the PDF.</source>
        <translation>Записує щотижневий звіт у PDF, побудований макетом друку QGIS і його атласом: сторінка зведення по країні, потім по сторінці на кожен район, де є хоча б один формуляр мінного поля, небезпечна територія, сектор або знахідка.

На кожній сторінці: карта району (небезпечні території та формуляри в кольорах IMAS, сектори за статусом, знахідки періоду за категоріями, відкриті позначки розбіжностей, масштабна лінійка, стрілка півночі, легенда), кількість предметів, знайдених за період, за категоріями, таблиця та діаграма знахідок за періодами, гектари, очищені, скорочені та скасовані за період, і гектари, які ще треба вивільнити, а також відкриті розбіжності високої важливості з їхніми повідомленнями.

Вхідні дані: робоча область ClearGround (GeoPackage) або самі шари; зазначений тут шар замінює шар робочої області. TALLY приймає таблицю clearground:tallyfinds (запущеного з тими самими районами, полем району й датами); без неї підрахунок виконується тут із PERIOD. DISCREPANCIES приймає позначки clearground:finddiscrepancies, інакше береться шар розбіжностей робочої області (його статуси враховуються); якщо він порожній, аналіз виконується тут. Формуляр, небезпечна територія або сектор належить до району, у якому лежить точка всередині нього; знахідка або позначка — до району, у якому вона лежить.

Дати: обидва кінці включно; порожньо — без обмеження. Вивільнені гектари — це сектори, дата статусу яких потрапляє в період; залишкові гектари — сектори, не вивільнені до кінцевої дати.

TEMPLATE: шаблон макета (.qpt), збережений з макета цього звіту (OUTPUT_TEMPLATE) і переоформлений у QGIS; його елементи знаходяться за ідентифікаторами (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: ті самі цифри у вигляді вебсторінки. Шрифти (DejaVu Sans) вбудовуються в PDF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="123"/>
        <location filename="../processing/algorithms/district_report.py" line="402"/>
        <location filename="../processing/algorithms/tally_finds.py" line="96"/>
        <location filename="../ui/tabs/report.py" line="88"/>
        <location filename="../ui/tabs/tally.py" line="127"/>
        <source>Districts</source>
        <translation>Райони</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="125"/>
        <source>District name field</source>
        <translation>Поле назви району</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="128"/>
        <location filename="../processing/algorithms/tally_finds.py" line="113"/>
        <source>From (inclusive)</source>
        <translation>З (включно)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="130"/>
        <location filename="../processing/algorithms/tally_finds.py" line="115"/>
        <source>To (inclusive)</source>
        <translation>По (включно)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="132"/>
        <source>Minefield records (instead of the workspace's)</source>
        <translation>Формуляри мінних полів (замість формулярів робочої області)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="133"/>
        <source>Hazard areas (instead of the workspace's)</source>
        <translation>Небезпечні території (замість територій робочої області)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="134"/>
        <source>Sectors (instead of the workspace's)</source>
        <translation>Сектори (замість секторів робочої області)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="135"/>
        <source>Finds (instead of the workspace's)</source>
        <translation>Знахідки (замість знахідок робочої області)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="136"/>
        <source>Discrepancies (from Find discrepancies)</source>
        <translation>Розбіжності (з «Знайти розбіжності»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="137"/>
        <source>Tally table (from Tally finds)</source>
        <translation>Таблиця підрахунку (з «Підрахунок знахідок за районами»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="141"/>
        <source>Layout template (.qpt)</source>
        <translation>Шаблон макета (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="142"/>
        <source>Period of the table and chart</source>
        <translation>Період таблиці й діаграми</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="146"/>
        <source>Data credits</source>
        <translation>Джерела даних</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <source>Report (PDF)</source>
        <translation>Звіт (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <location filename="../ui/tabs/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML summary</source>
        <translation>Зведення HTML</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML files (*.html)</source>
        <translation>Файли HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <source>Layout template to restyle (.qpt)</source>
        <translation>Шаблон макета для переоформлення (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <location filename="../ui/tabs/report.py" line="87"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Шаблони макетів (*.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="157"/>
        <source>Pages</source>
        <translation>Сторінок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="167"/>
        <source>The districts layer has no field '{field}'.</source>
        <translation>У шарі районів немає поля «{field}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="171"/>
        <location filename="../processing/algorithms/tally_finds.py" line="144"/>
        <location filename="../ui/tabs/report.py" line="182"/>
        <source>The date range is empty: 'From' comes after 'To'.</source>
        <translation>Діапазон дат порожній: «З» пізніше, ніж «По».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="178"/>
        <source>No finds: give a workspace or a finds layer.</source>
        <translation>Немає знахідок: вкажіть робочу область або шар знахідок.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="180"/>
        <source>Placing the data in districts…</source>
        <translation>Розподіл даних за районами…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="187"/>
        <source>No district holds any record, hazard area, sector or find.</source>
        <translation>У жодному районі немає формулярів, небезпечних територій, секторів чи знахідок.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="194"/>
        <source>The tally names districts that the districts layer lacks (counted in the national total only): {names}</source>
        <translation>У підрахунку є райони, яких немає в шарі районів (враховано лише в підсумку по країні): {names}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="209"/>
        <source>{credits} · Data: {workspace}</source>
        <translation>{credits} · Дані: {workspace}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="210"/>
        <source>Map: WGS 84 / UTM zone {zone}; the finds of the period and the open discrepancy flags.</source>
        <translation>Карта: WGS 84 / UTM, зона {zone}; знахідки періоду та відкриті позначки розбіжностей.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="214"/>
        <source>Laying out {n} pages…</source>
        <translation>Верстання сторінок: {n}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="221"/>
        <source>Issued {date} · ClearGround</source>
        <translation>Випущено {date} · ClearGround</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="232"/>
        <location filename="../processing/algorithms/district_report.py" line="257"/>
        <location filename="../workspace/report_layout.py" line="282"/>
        <source>Weekly mine action report</source>
        <translation>Щотижневий звіт про протимінну діяльність</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="233"/>
        <source>EXPLOSIVE ORDNANCE FOUND IN THE PERIOD</source>
        <translation>ВИБУХОНЕБЕЗПЕЧНІ ПРЕДМЕТИ, ВИЯВЛЕНІ ЗА ПЕРІОД</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="234"/>
        <source>LAND RELEASE</source>
        <translation>ВИВІЛЬНЕННЯ ЗЕМЕЛЬ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="235"/>
        <source>OPEN HIGH-SEVERITY DISCREPANCIES</source>
        <translation>ВІДКРИТІ РОЗБІЖНОСТІ ВИСОКОЇ ВАЖЛИВОСТІ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="236"/>
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Сторінка [% @atlas_featurenumber %] з [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="243"/>
        <source>Writing the PDF…</source>
        <translation>Запис PDF…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="261"/>
        <source>{n} pages: the national summary and {d} districts.</source>
        <translation>Сторінок: {n} — зведення по країні та районів: {d}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="286"/>
        <source>The workspace has no layer '{name}'.</source>
        <translation>У робочій області немає шару «{name}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="322"/>
        <source>Tallying the finds…</source>
        <translation>Підрахунок знахідок…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="336"/>
        <source>The tally table has no field {fields}: give the table of Tally finds.</source>
        <translation>У таблиці підрахунку немає поля {fields}: вкажіть таблицю «Підрахунок знахідок за районами».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="367"/>
        <source>The workspace holds no discrepancies: running Find discrepancies.</source>
        <translation>У робочій області немає розбіжностей: запускається «Знайти розбіжності».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="384"/>
        <source>The discrepancies layer has no field {fields}.</source>
        <translation>У шарі розбіжностей немає поля {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="393"/>
        <source>Outside the districts</source>
        <translation>Поза районами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Finds in the period</source>
        <translation>Знахідки за період</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Open discrepancies</source>
        <translation>Відкриті розбіжності</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER DISTRICT</source>
        <translation>ЗНАХІДКИ ЗА РАЙОНАМИ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER PERIOD</source>
        <translation>ЗНАХІДКИ ЗА ПЕРІОДАМИ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="92"/>
        <source>Find discrepancies (map versus reality)</source>
        <translation>Знайти розбіжності (карта й дійсність)</translation>
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
        <translation>Порівнює формуляри мінних полів (і міни за формулярами) зі знахідками та секторами й позначає, де вони розходяться:
- find_outside_records: знахідки AP/AT далі ніж PERIMETER_BUFFER метрів від усіх формулярів, згруповані в скупчення (одна позначка на скупчення: кількість мін в observed, ідентифікатори знахідок у find_id);
- missing_mines / surplus_mines: кількість мін за формуляром і знайдених за категоріями для формулярів, площу яких очищено щонайменше на MIN_CLEARED відсотків (потрібні SECTORS);
- type_mismatch: знайдені категорії або типи, яких немає у формулярі;
- unmatched_recorded_mine: міна за формуляром в очищеному секторі без знахідки в межах TOLERANCE метрів (з урахуванням зсуву формуляра, якщо його встановлено);
- systematic_offset: формуляр, знахідки якого значно краще збігаються з його мінами після одного зсуву, повороту й масштабування, підібраних стійким методом; якщо в тексті raw формуляра є хід, перевіряються також поділки кутоміра, прочитані як натівські тисячні (і навпаки), і хибне або невраховане магнітне схилення;
- post_clearance_find: знахідка з датою, пізнішою за вивільнення її сектора.

Усі відстані в метрах (поперечна проєкція Меркатора з центром у даних, геодезично для повідомлюваних зсувів). Знахідки зіставляються з мінами за формулярами один до одного, починаючи з найближчих, у межах однієї категорії. Знахідка, що лежить на міні іншого формуляра в тому вигляді, як його нанесено, — свідчення на користь того формуляра, а не привід зсувати цей.

Додатково: SEARCH_RADIUS — найбільший шуканий зсув формуляра (типово 200 м); MAX_ROTATION (типово 12 градусів); DECLINATION — магнітне схилення, що перевіряється, якщо в ході його могло бути не враховано (типово 6 градусів на схід).

Результати: OUTPUT — позначки (поля шару розбіжностей), упорядковані за важливістю та розміром; OUTPUT_OFFSETS — по рядку на кожен формуляр зі знахідками поруч: dx_m (на схід) і dy_m (на північ) центроїда формуляра, rotation_deg (за годинниковою стрілкою навколо центроїда), scale, rms_before_m, rms_after_m, matches і status: fitted, ambiguous (інше перетворення, runner_up_dx_m, runner_up_dy_m, runner_up_rotation_deg, runner_up_scale, пояснює докази майже так само: рядне поле, що розчищається з одного боку, сходиться зі своїми знахідками і зі зсувом на один ряд чи на один крок мін) або too_few_finds; confidence = 1 − докази другого / докази найкращого (докази: пояснені знахідки за вирахуванням непояснених знахідок усередині зсунутого формуляра і мін, що потрапили на розчищену землю, де нічого не знайшли); найкращий має виграти на 3, щоб вважатися fitted. clearground:correctrecord застосовує fitted. OUTPUT_LINKS (необов'язково): лінія від кожної зіставленої знахідки до місця, де формуляр поставив міну. Рядки, які не можна використати, перелічено в журналі з ідентифікатором об'єкта та полем.</translation>
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
        <translation>Мінімальна очищена частина для порівняння кількості мін (% площі формуляра)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="163"/>
        <source>Largest record offset looked for (m)</source>
        <translation>Найбільший шуканий зсув формуляра (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="165"/>
        <source>Largest record rotation looked for (degrees)</source>
        <translation>Найбільший шуканий поворот формуляра (градуси)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="167"/>
        <source>Magnetic declination tried when a traverse omitted it (degrees east)</source>
        <translation>Магнітне схилення, що перевіряється, якщо в ході його не враховано (градуси на схід)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="174"/>
        <source>Store the flags in workspace (keeping reviews)</source>
        <translation>Зберегти позначки в робочій області (зі збереженням перевірок)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="178"/>
        <location filename="../ui/tabs/discrepancies.py" line="382"/>
        <source>Record offsets</source>
        <translation>Зсуви формулярів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="180"/>
        <source>Matched finds (lines to the recorded mines)</source>
        <translation>Зіставлені знахідки (лінії до мін за формулярами)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="182"/>
        <source>Number of flags</source>
        <translation>Кількість позначок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="194"/>
        <source>Reading records, mines, finds and sectors</source>
        <translation>Читання формулярів, мін, знахідок і секторів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="224"/>
        <source>No SECTORS: counts are not compared and cleared ground is not checked.</source>
        <translation>Немає SECTORS: кількість мін не порівнюється, очищена територія не перевіряється.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="225"/>
        <source>Comparing the records with the finds</source>
        <translation>Порівняння формулярів зі знахідками</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="231"/>
        <source>{layer} feature {row} ({field}): {reason}</source>
        <translation>{layer}, об’єкт {row} ({field}): {reason}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="234"/>
        <source>Writing the flags</source>
        <translation>Запис позначок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="275"/>
        <source>{count} flags: {detail}.</source>
        <translation>Позначок: {count}: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="276"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="311"/>
        <location filename="../processing/field_syncing.py" line="121"/>
        <location filename="../workspace/locate.py" line="41"/>
        <location filename="../workspace/locate.py" line="48"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="292"/>
        <source>{total} flags stored in {workspace}; {carried} kept their review, {kept} reviewed flags no longer raised were kept.</source>
        <translation>У {workspace} збережено позначок: {total}; зберегли свою перевірку: {carried}; залишено перевірених позначок, які більше не виставляються: {kept}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="65"/>
        <location filename="../processing/sector_run.py" line="66"/>
        <source>it has no geometry</source>
        <translation>у нього немає геометрії</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="79"/>
        <source>it cannot be transformed to EPSG:4326 ({error})</source>
        <translation>його не можна перевести в EPSG:4326 ({error})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="86"/>
        <location filename="../ui/tabs/sectors.py" line="101"/>
        <location filename="../ui/tabs/sectors.py" line="110"/>
        <source>Generate sectors</source>
        <translation>Створити сектори</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="90"/>
        <source>Divides each input polygon (minefield record or hazard area) into square clearance sectors of CELL_SIZE metres, laid out in the polygon's local UTM zone and stored in EPSG:4326.

ORIENTATION: grid (cells on the UTM grid) or longest_edge (cells parallel to the polygon's longest edge, so lanes follow the fence or the road).

The cells are clipped to the polygon; pieces smaller than MIN_SLIVER percent of a cell are merged into the neighbour they share the longest boundary with (a piece that touches no other stays a sector of its own). The sectors of a polygon cover it exactly: no gaps, no overlaps, holes and multipolygons included. Invalid polygons are repaired first.

Ids are PARENT-row-col (rows from the top, columns from the left of the polygon's grid); a cell cut into separate pieces names the further pieces PARENT-row-col.2, .3, ... Running the algorithm again on the same polygon gives the same ids.

ID_FIELD: the parent id (default: hazard_id, else record_id). Rows without an id, with a duplicate id or without a polygon are listed in the log and get no sectors.

Output: the sectors layer (status planned, version 1).</source>
        <translation>Ділить кожен вхідний полігон (формуляр мінного поля або небезпечну територію) на квадратні сектори розмінування зі стороною CELL_SIZE метрів, побудовані в місцевій зоні UTM полігона та збережені в EPSG:4326.

ORIENTATION: grid (комірки за сіткою UTM) або longest_edge (комірки паралельні найдовшій стороні полігона, щоб проходи йшли вздовж огорожі чи дороги).

Комірки обрізаються за полігоном; шматки, менші за MIN_SLIVER відсотків комірки, приєднуються до сусідньої комірки, з якою мають найдовшу спільну межу (шматок, що не торкається інших, залишається окремим сектором). Сектори полігона покривають його точно: без пропусків і перекриттів, включно з дірками та складеними полігонами. Некоректні полігони спершу виправляються.

Ідентифікатори мають вигляд PARENT-рядок-стовпець (рядки згори, стовпці зліва за сіткою полігона); якщо комірку розрізано на окремі шматки, наступні шматки називаються PARENT-рядок-стовпець.2, .3, ... Повторний запуск алгоритму для того самого полігона дає ті самі ідентифікатори.

ID_FIELD: ідентифікатор батьківського об’єкта (типово hazard_id, інакше record_id). Рядки без ідентифікатора, з повторюваним ідентифікатором або без полігона перелічуються в журналі й не отримують секторів.

Результат: шар секторів (статус planned, версія 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="118"/>
        <source>Records or hazard areas</source>
        <translation>Формуляри або небезпечні території</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="120"/>
        <source>Parent id field</source>
        <translation>Поле ідентифікатора батьківського об’єкта</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="122"/>
        <source>Cell size (m)</source>
        <translation>Розмір комірки (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="124"/>
        <location filename="../ui/tabs/sectors.py" line="120"/>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="129"/>
        <source>Smallest piece kept on its own (% of a cell)</source>
        <translation>Найменший шматок, що зберігається окремо (% комірки)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="131"/>
        <source>Add the sectors to workspace</source>
        <translation>Додати сектори до робочої області</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="134"/>
        <source>Number of sectors</source>
        <translation>Кількість секторів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="135"/>
        <source>Input rows without sectors</source>
        <translation>Вхідні рядки без секторів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="146"/>
        <source>Choose the parent id field (ID_FIELD): the input has neither hazard_id nor record_id.</source>
        <translation>Виберіть поле ідентифікатора батьківського об’єкта (ID_FIELD): у вхідних даних немає ні hazard_id, ні record_id.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="149"/>
        <source>The input has no field {field}.</source>
        <translation>У вхідних даних немає поля {field}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="153"/>
        <source>ORIENTATION must be one of: {values}.</source>
        <translation>ORIENTATION має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="179"/>
        <source>{sectors} sectors for {parents} polygons ({merged} slivers merged); {skipped} rows without sectors.</source>
        <translation>{sectors} секторів для {parents} полігонів ({merged} дрібних обрізків приєднано); {skipped} рядків без секторів.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="197"/>
        <source>{count} sectors added to {workspace}.</source>
        <translation>До {workspace} додано секторів: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="60"/>
        <source>Import finds from a field report</source>
        <translation>Імпорт знахідок із польового звіту</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="62"/>
        <location filename="../processing/algorithms/import_hazards.py" line="34"/>
        <source>Field data</source>
        <translation>Польові дані</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="64"/>
        <source>Reads the finds of a field report and adds the new ones to the workspace's finds.

INPUT: a CSV or XLSX table, or a GeoJSON, GeoPackage, KML or GPX file of points (of a GPX file its waypoints: file.gpx|layername=waypoints). Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and their values: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, and the position as coord (decimal degrees, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat and lon, or x and y in CRS (the CRS of bare projected numbers; default EPSG:4326). FIELD_MAPPING overrides the guess, e.g. find_id=Nomre;found_date=Tarix;coord=Koordinat.

Dates: 2022-03-12 and 2022/03/12 as written; 12.03.2022, 12/03/2022 and 12-03-2022 are read DAY FIRST. A date with no such month (03/25/2022), one that does not exist (31.02.2022) or lies in the future is rejected with the reason; a slash date that reads both ways (03/04/2022) is read day first and said in the log, and is rejected when the same report writes other dates month first. Category and model go through the ordnance dictionary (resources/ordnance/models.csv): a category column holding a model (ПМН-2) gives the model and its category; an unknown category, or a category its model contradicts, is rejected. quantity is a whole number (1 when empty), depth_cm centimetres (15, 15 cm, 0.15 m).

Every row is imported, a duplicate, or rejected: OUTPUT_REJECTS lists the rejected and duplicate rows with their row number and reason. A find already in WORKSPACE or earlier in the report (the same find_id or uuid, or within 1 m with the same date and model) is a duplicate: counted in DUPLICATES, not added again, so importing a report twice changes nothing. A find_id already used for a find at another place is rejected, not overwritten. A report without find ids gets stable ids made from each find (F-...), the same on every import. A find without a sector takes the workspace sector that holds it. Columns no field takes are kept in raw, the report and row in source. OUTPUT_FINDS holds the finds added.</source>
        <translation>Зчитує знахідки з польового звіту й додає нові до знахідок робочого простору.

INPUT: таблиця CSV або XLSX чи файл точок GeoJSON, GeoPackage, KML або GPX (з файлу GPX — його маршрутні точки: file.gpx|layername=waypoints). Стовпці розпізнаються за назвами (англійською, азербайджанською, російською, українською) і за значеннями: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, а положення — як coord (десяткові градуси, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat і lon або x і y у CRS (CRS голих проєкційних чисел; типово EPSG:4326). FIELD_MAPPING перевизначає припущення, напр. find_id=Nomre;found_date=Tarix;coord=Koordinat.

Дати: 2022-03-12 і 2022/03/12 — як записано; 12.03.2022, 12/03/2022 і 12-03-2022 читаються так, що ДЕНЬ ЙДЕ ПЕРШИМ. Дата з неіснуючим місяцем (03/25/2022), дата, якої не існує (31.02.2022), або дата в майбутньому відхиляється з причиною; дата через скісну риску, яку можна прочитати двояко (03/04/2022), читається з днем першим, про що сказано в журналі, і відхиляється, якщо в тому самому звіті інші дати записано з місяцем першим. Категорія й модель перевіряються за словником боєприпасів (resources/ordnance/models.csv): якщо стовпець категорії містить модель (ПМН-2), з неї беруться модель і її категорія; невідома категорія або категорія, якій суперечить модель, відхиляється. quantity — ціле число (1, якщо порожньо), depth_cm — сантиметри (15, 15 cm, 0.15 m).

Кожен рядок або імпортується, або є дублікатом, або відхиляється: OUTPUT_REJECTS перелічує відхилені й дубльовані рядки з номером рядка та причиною. Знахідка, яка вже є у WORKSPACE або раніше у звіті (той самий find_id чи uuid або в межах 1 м з тією самою датою та моделлю), є дублікатом: враховується в DUPLICATES і не додається повторно, тож повторний імпорт звіту нічого не змінює. find_id, уже використаний для знахідки в іншому місці, відхиляється, а не перезаписується. Звіт без ідентифікаторів знахідок отримує стабільні ідентифікатори, утворені з кожної знахідки (F-...), однакові під час кожного імпорту. Знахідка без сектора отримує сектор робочого простору, у якому вона лежить. Стовпці, яких не бере жодне поле, зберігаються в raw, звіт і рядок — у source. OUTPUT_FINDS містить додані знахідки.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="103"/>
        <source>Field report (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</source>
        <translation>Польовий звіт (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="104"/>
        <location filename="../processing/algorithms/import_hazards.py" line="73"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="200"/>
        <source>Import into workspace</source>
        <translation>Імпортувати до робочої області</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="106"/>
        <location filename="../processing/algorithms/import_hazards.py" line="75"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="197"/>
        <source>Field mapping (target=column;...)</source>
        <translation>Зіставлення полів (ціль=стовпець;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="107"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="186"/>
        <location filename="../ui/import_dialog.py" line="88"/>
        <location filename="../ui/tabs/records.py" line="359"/>
        <source>CRS of bare coordinates</source>
        <translation>Система координат для координат без зони</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="109"/>
        <source>Finds added</source>
        <translation>Додані знахідки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="110"/>
        <location filename="../processing/algorithms/import_hazards.py" line="78"/>
        <source>Rejected and duplicate rows</source>
        <translation>Відхилені та дубльовані рядки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="112"/>
        <location filename="../processing/algorithms/import_hazards.py" line="80"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="217"/>
        <source>Rows read</source>
        <translation>Прочитано рядків</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="113"/>
        <location filename="../processing/algorithms/import_hazards.py" line="81"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="218"/>
        <source>Rows imported</source>
        <translation>Імпортовано рядків</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="114"/>
        <location filename="../processing/algorithms/import_hazards.py" line="82"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="219"/>
        <source>Rows rejected</source>
        <translation>Відхилено рядків</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="115"/>
        <location filename="../processing/algorithms/import_hazards.py" line="84"/>
        <source>Duplicates (already known)</source>
        <translation>Дублікати (уже відомі)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="116"/>
        <source>Sectors found by position</source>
        <translation>Сектори, знайдені за положенням</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="135"/>
        <location filename="../processing/algorithms/import_hazards.py" line="99"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="313"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="324"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="329"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>Імпорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="146"/>
        <source>{read} rows read: {imported} imported, {duplicates} duplicates, {rejected} rejected.</source>
        <translation>Прочитано рядків: {read}; імпортовано: {imported}, дублікатів: {duplicates}, відхилено: {rejected}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="156"/>
        <location filename="../processing/algorithms/import_hazards.py" line="119"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="296"/>
        <source>Read {n} rows from {name}.</source>
        <translation>З {name} прочитано рядків: {n}.</translation>
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
        <translation>У датах першим читається день: 12.03.2022 і 12/03/2022 — це 12 березня 2022.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="164"/>
        <source>{n} dates read both ways and were read day first: {rows}</source>
        <translation>дат, що читаються двояко: {n}; їх прочитано з днем на початку: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="168"/>
        <source>{n} finds had no id: ids were made from each find (the same on every import).</source>
        <translation>Знахідок без ідентифікатора: {n}; ідентифікатори створено з кожної знахідки (однакові при кожному імпорті).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="171"/>
        <source>{n} finds took the sector that holds them.</source>
        <translation>Знахідкам призначено сектор, у якому вони лежать: {n}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="174"/>
        <source>{n} rows are finds already known ({where}), not added again:</source>
        <translation>Рядків з уже відомими знахідками ({where}): {n}; повторно не додано:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="182"/>
        <location filename="../processing/algorithms/import_hazards.py" line="137"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="281"/>
        <source>... and {n} more; see the rejects output.</source>
        <translation>... і ще {n}; див. результат із відхиленими рядками.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="32"/>
        <source>Import hazard areas from a survey</source>
        <translation>Імпорт небезпечних районів з обстеження</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="36"/>
        <source>Reads the suspected and confirmed hazardous areas (SHA, CHA) of a survey and adds the new ones to the workspace's hazard areas.

INPUT: a GIS file of polygons (GeoPackage, GeoJSON, KML, Shapefile) in any CRS. Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING overrides the guess, e.g. hazard_id=Nomre;classification=Novu;evidence=Esas.

classification takes SHA and CHA and the words surveys write: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; anything else is rejected. status takes open, worked_on, closed and their usual words (открыт, в работе, закрыт, açıq, bağlı, ...); empty means open.

Polygons are checked as the mine-map import checks them (GICHD geocheck rules): a polygon that crosses itself is repaired through make_valid where that gives one polygon (counted in ROWS_REPAIRED); one that would become several, has fewer than 3 vertices, a leg over 5 km, no geometry, or repeats another's polygon is rejected with the reason.

Every feature is imported, a duplicate, or rejected, with its row number and reason in OUTPUT_REJECTS. A hazard_id already in WORKSPACE with the same polygon and attributes is a duplicate (DUPLICATES): importing a survey twice changes nothing. The same hazard_id with another polygon or attribute is a conflict (CONFLICTS, also in the rejects), named and never overwritten. A feature without hazard_id gets one made from its polygon (HZ-...), the same on every import. Columns no field takes are kept in raw, the file and row in source. OUTPUT_HAZARDS holds the hazards added.</source>
        <translation>Зчитує підозрювані й підтверджені небезпечні райони (SHA, CHA) з обстеження та додає нові до небезпечних районів робочого простору.

INPUT: ГІС-файл полігонів (GeoPackage, GeoJSON, KML, Shapefile) у будь-якій CRS. Стовпці розпізнаються за назвами (англійською, азербайджанською, російською, українською): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING перевизначає припущення, напр. hazard_id=Nomre;classification=Novu;evidence=Esas.

classification приймає SHA і CHA та слова, які пишуть в обстеженнях: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; усе інше відхиляється. status приймає open, worked_on, closed та їхні звичні позначення (открыт, в работе, закрыт, açıq, bağlı, ...); порожнє значення означає open.

Полігони перевіряються так само, як під час імпорту карт мінних полів (правила geocheck GICHD): полігон, що сам себе перетинає, виправляється через make_valid, якщо це дає один полігон (враховується в ROWS_REPAIRED); полігон, який розпався б на кілька, має менше ніж 3 вершини, сторону понад 5 км, не має геометрії або повторює полігон іншого об’єкта, відхиляється з причиною.

Кожен об’єкт або імпортується, або є дублікатом, або відхиляється, з номером рядка та причиною в OUTPUT_REJECTS. hazard_id, який уже є у WORKSPACE з тим самим полігоном і атрибутами, є дублікатом (DUPLICATES): повторний імпорт обстеження нічого не змінює. Той самий hazard_id з іншим полігоном чи атрибутом є конфліктом (CONFLICTS, також серед відхилених): його вказується й ніколи не перезаписується. Об’єкт без hazard_id отримує ідентифікатор, утворений з його полігона (HZ-...), однаковий під час кожного імпорту. Стовпці, яких не бере жодне поле, зберігаються в raw, файл і рядок — у source. OUTPUT_HAZARDS містить додані небезпечні райони.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="72"/>
        <source>Survey polygons (GeoPackage, GeoJSON, KML, Shapefile)</source>
        <translation>Полігони обстеження (GeoPackage, GeoJSON, KML, Shapefile)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="76"/>
        <source>Hazard areas added</source>
        <translation>Додані небезпечні райони</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="83"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="220"/>
        <source>Rows imported after a repair</source>
        <translation>Рядки, імпортовані після виправлення</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="85"/>
        <source>Conflicts with hazards already known</source>
        <translation>Конфлікти з уже відомими небезпечними районами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="108"/>
        <source>{read} rows read: {imported} imported ({repaired} repaired), {duplicates} duplicates, {rejected} rejected ({conflicts} conflicts).</source>
        <translation>Прочитано рядків: {read}; імпортовано: {imported} (виправлено: {repaired}), дублікатів: {duplicates}, відхилено: {rejected} (конфліктів: {conflicts}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="129"/>
        <source>{n} hazards had no id: ids were made from each polygon (the same on every import).</source>
        <translation>Небезпечних районів без ідентифікатора: {n}; ідентифікатори створено з кожного полігона (однакові при кожному імпорті).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="132"/>
        <source>{n} hazards are already in the workspace, unchanged: not added again.</source>
        <translation>Небезпечних районів, що вже є в робочому просторі без змін: {n}; повторно не додано.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="104"/>
        <location filename="../ui/import_dialog.py" line="60"/>
        <source>Import mine map</source>
        <translation>Імпорт формуляра мінного поля</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="107"/>
        <source>Reads minefield records (mine maps) and writes them as minefield records and recorded mines.

INPUT takes: a traverse CSV (columns record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), a CSV or XLSX table of mine points (lat and lon, x and y, or one coord column), or a GIS file (GeoPackage, Shapefile, GeoJSON, KML) of perimeter polygons and/or mine points in any CRS.

Coordinates may be decimal degrees (lat lon; swapped values are detected), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) or SK-42 Gauss-Kruger (X=4432100 Y=8612345, the zone in front of Y). CRS is the CRS of bare coordinates (x/y columns, numbers without a zone) and of grid bearings when the record gives no coordinates of its own.

Bearings are in DEFAULT_UNIT unless a row says otherwise: deg, mil6400 (NATO mils) or mil6000 (Soviet mils; 12-50 means 1250). north is grid (corrected by the meridian convergence of the record's CRS), true, or magnetic (true = magnetic + declination; DECLINATION in degrees east when the row gives none). Positions are geodesic on WGS 84.

FIELD_MAPPING overrides the guessed column names, e.g. record_id=Nomre;lat=Enlik. EXPECTED_AREA (polygons) rejects what lies outside it, and finds latitude/longitude swaps. WORKSPACE (a ClearGround GeoPackage) receives the records and mines in one transaction: an error leaves it as it was; record ids already there are rejected.

Every input row is imported or listed in OUTPUT_REJECTS with its row number, record, raw text and the reason. Perimeters are checked (at least 3 vertices, no leg over 5 km, not crossing themselves) and repaired only where safe, said in notes. recorded_ap and recorded_at are counted from the mines when the file does not state them.</source>
        <translation>Читає формуляри мінних полів і записує їх як формуляри мінних полів і міни за формулярами.

INPUT приймає: CSV з ходом (стовпці record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), таблицю CSV або XLSX з точками мін (lat і lon, x і y або один стовпець coord) або файл ГІС (GeoPackage, Shapefile, GeoJSON, KML) з полігонами периметрів і/або точками мін у будь-якій системі координат.

Координати можуть бути в десяткових градусах (lat lon; переставлені значення виявляються), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) або СК-42 Гаусса-Крюгера (X=4432100 Y=8612345, зона перед Y). CRS — система координат для координат без зони (стовпці x/y, числа без зони) і для азимутів за сіткою, якщо формуляр не має власних координат.

Азимути подано в DEFAULT_UNIT, якщо в рядку не зазначено інше: deg, mil6400 (тисячні НАТО) або mil6000 (поділки кутоміра; 12-50 означає 1250). north: grid (з поправкою на зближення меридіанів системи координат формуляра), true або magnetic (істинний = магнітний + схилення; DECLINATION у градусах на схід, якщо в рядку не вказано). Положення обчислюються геодезично на WGS 84.

FIELD_MAPPING замінює вгадані назви стовпців, наприклад record_id=Nomre;lat=Enlik. EXPECTED_AREA (полігони) відхиляє те, що лежить поза районом, і виявляє перестановку широти й довготи. WORKSPACE (GeoPackage ClearGround) приймає формуляри й міни в одній транзакції: у разі помилки вона залишається без змін; ідентифікатори формулярів, які в ній уже є, відхиляються.

Кожен вхідний рядок або імпортується, або потрапляє до OUTPUT_REJECTS з номером рядка, формуляром, початковим текстом і причиною. Периметри перевіряються (щонайменше 3 вершини, жодна сторона не довша за 5 км, без самоперетинів) і виправляються лише там, де це безпечно, про що сказано в примітках. recorded_ap і recorded_at підраховуються за мінами, якщо у файлі їх не зазначено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="152"/>
        <source>Rows that cannot be read as written: a row with more values than the header has columns (an unquoted decimal comma), with a NUL character or with a value of over 100,000 characters is rejected with its reason; a header that names one column twice is refused until FIELD_MAPPING says which to use. ENCODING (e.g. CP1251) is the text encoding of a CSV or of a Shapefile's table that does not say it; without it the encoding is decided from the bytes and said in the log, or the file is refused when they cannot decide it. A spreadsheet is read sheet by sheet (every sheet that holds a table). WORKSPACE may also be a PostGIS workspace: postgres:CONNECTION/SCHEMA.</source>
        <translation>Рядки, які не можна прочитати так, як їх записано: рядок, у якому значень більше, ніж стовпців у заголовку (десяткова кома без лапок), рядок із символом NUL або зі значенням довшим за 100 000 символів відхиляється із зазначенням причини; заголовок, у якому один стовпець названо двічі, відхиляється, доки FIELD_MAPPING не вкаже, який використати. ENCODING (наприклад, CP1251) — кодування тексту CSV або таблиці Shapefile, які його не вказують; без нього кодування визначається за байтами й повідомляється в журналі, а якщо байти не дозволяють його визначити, файл відхиляється. Електронна таблиця читається за аркушами (кожен аркуш із таблицею). WORKSPACE може бути й робочою областю PostGIS: postgres:CONNECTION/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="159"/>
        <source>Coordinates are also read as Russian, Azerbaijani and Ukrainian records write them (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.), with hemisphere words, compact DMS (400112N 0465530E), labels (lat 40.02 lon 46.92) and UTM as zone 38 north 612345 4432100, 38T E612345 N4432100 or with spaced thousands. A text that can be read two ways (no hemisphere letters; 38S as band S or zone 38 south) is read the way that fits the record's other mines, said in notes; a point far from the rest of its record, or readable only the other way round with nothing to confirm it, is rejected with the distance. DATUM_TRANSFORM (an EPSG operation such as EPSG:1808, or a PROJ pipeline) is the one transformation used for every point of a datum other than WGS 84 (SK-42); without it the project's transformation settings decide, else the most local transformation for the area of the points (EPSG:1808 in Azerbaijan). It is named in the log and in each record's notes.</source>
        <translation>Координати читаються і так, як їх пишуть російські, азербайджанські та українські формуляри (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.): зі словами півкуль, стислим записом DMS (400112N 0465530E), мітками (lat 40.02 lon 46.92) та UTM виду zone 38 north 612345 4432100, 38T E612345 N4432100 або з тисячами через пробіл. Текст, що читається двома способами (без літер півкуль; 38S як смуга S або зона 38 південь), читається так, як він сходиться з іншими мінами формуляра, і це сказано в примітках; точка далеко від решти точок формуляра або та, що читається лише навпаки без підтвердження, відхиляється із зазначенням відстані. DATUM_TRANSFORM (операція EPSG, напр. EPSG:1808, або конвеєр PROJ) — єдине перетворення для всіх точок у датумі, відмінному від WGS 84 (СК-42); без нього вирішують налаштування перетворень проєкту, інакше — найбільш місцеве перетворення для району точок (EPSG:1808 в Азербайджані). Його названо в журналі та в примітках кожного формуляра.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="169"/>
        <source>Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and by their values: device categories make the category, known mine models (resources/ordnance/models.csv) the model, values repeating in runs the record id, small numbers unique within a record the mine number; the mapping used is printed in the log with why. A mine without a category that its model does not imply is rejected. MISPLACED_M (metres, default 5000) is how far a point may lie from its record's other mines before it is judged misplaced. Features without a record id get one: id_prefix in FIELD_MAPPING names a field whose value and a sequence number make it (MS-12-3), else the file's name and the row number. Invalid polygons are repaired through make_valid where that gives one polygon (said in notes, counted in ROWS_REPAIRED); duplicates, fewer than 3 vertices and vertices over 5 km apart are rejected, as GICHD's geocheck reports them.</source>
        <translation>Стовпці розпізнаються за назвами (англійською, азербайджанською, російською, українською) та за значеннями: категорії вибухонебезпечних предметів визначають категорію, відомі моделі мін (resources/ordnance/models.csv) — модель, значення, що повторюються серіями, — ідентифікатор формуляра, невеликі числа, унікальні в межах формуляра, — номер міни; використане зіставлення з обґрунтуванням виводиться в журнал. Міну без категорії, яка не випливає з її моделі, відхиляють. MISPLACED_M (метри, типово 5000) — наскільки далеко точка може лежати від інших мін свого формуляра, перш ніж її буде визнано зміщеною. Об’єкти без ідентифікатора формуляра отримують його: id_prefix у FIELD_MAPPING вказує поле, зі значення якого та порядкового номера його складають (MS-12-3), інакше — з назви файлу та номера рядка. Недійсні полігони виправляються через make_valid, якщо це дає один полігон (зазначається в примітках, враховується в ROWS_REPAIRED); дублікати, полігони з менш ніж 3 вершинами та з вершинами на відстані понад 5 км одна від одної відхиляються, як їх виявляє geocheck GICHD.</translation>
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
        <translation>Типова одиниця кутів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="194"/>
        <source>Magnetic declination (degrees east)</source>
        <translation>Магнітне схилення (градуси на схід)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="199"/>
        <source>Expected area</source>
        <translation>Очікуваний район</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="202"/>
        <source>Text encoding of the file (when it does not say it)</source>
        <translation>Кодування тексту файлу (якщо файл його не вказує)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="204"/>
        <source>Datum transformation to WGS 84 (EPSG operation or PROJ pipeline)</source>
        <translation>Перетворення датуму у WGS 84 (операція EPSG або конвеєр PROJ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="207"/>
        <source>Misplaced point: farther than this from its record's other mines (metres)</source>
        <translation>Зміщена точка: далі за цю відстань від інших мін свого формуляра (метри)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="216"/>
        <source>Rejected rows</source>
        <translation>Відхилені рядки</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="221"/>
        <location filename="../ui/import_dialog.py" line="141"/>
        <location filename="../ui/tabs/records.py" line="64"/>
        <source>Records</source>
        <translation>Формуляри</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="222"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <location filename="../ui/tabs/records.py" line="53"/>
        <source>Mines</source>
        <translation>Міни</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="230"/>
        <source>DEFAULT_UNIT must be one of: {values}.</source>
        <translation>DEFAULT_UNIT має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="269"/>
        <source>{read} rows read: {imported} imported, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>Прочитано рядків: {read}; імпортовано: {imported}, відхилено: {rejected}; формулярів: {records}, мін: {mines}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="274"/>
        <source>Of the {imported} imported: {written} as written, {repaired} repaired ({read} = {written} + {repaired} + {rejected} rejected).</source>
        <translation>З {imported} імпортованих: {written} як записано, {repaired} виправлено ({read} = {written} + {repaired} + {rejected} відхилено).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="314"/>
        <source>Read {n} rows from {name} (in parts of {size} rows, each record whole).</source>
        <translation>Прочитано рядків із {name}: {n} (частинами по {size} рядків, кожен запис цілком).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="338"/>
        <source>Read as: {mode}; columns: {mapping}.</source>
        <translation>Прочитано як: {mode}; стовпці: {mapping}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="352"/>
        <source>MISPLACED_M must be a positive number of metres.</source>
        <translation>MISPLACED_M має бути додатним числом метрів.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="369"/>
        <source>EXPECTED_AREA has no polygons.</source>
        <translation>У EXPECTED_AREA немає полігонів.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="55"/>
        <source>Sets the status of every sector that the cleared ground covers to at least MIN_OVERLAP percent of its area.

CLEARED: polygons of cleared ground, or lines such as GPS tracks of cleared lanes, which are buffered to LANE_WIDTH metres (half each side, flat ends). Overlapping polygons and lanes are merged before measuring, so no ground is counted twice. Areas are measured in metres in each sector's local UTM zone.

STATUS (default cleared), DATE (default today), TEAM, METHOD and DEPTH_CM are written to the marked sectors, whose version goes up by one, with updated_by and updated_at. A sector that already has STATUS is left as it is. Taking a sector out of cleared needs a REASON; without one such sectors are left unchanged and listed in the log.

Outputs: OUTPUT, every input sector with its new values; OUTPUT_AUDIT, one audit_log row per changed field (and one reason row per sector taken out of cleared).</source>
        <translation>Встановлює статус кожного сектора, площу якого очищена територія покриває щонайменше на MIN_OVERLAP відсотків.

CLEARED: полігони очищеної території або лінії, наприклад GPS-треки очищених проходів, які розширюються буфером до ширини LANE_WIDTH метрів (по половині в кожен бік, пласкі кінці). Полігони та проходи, що перекриваються, об’єднуються до вимірювання, тож жодну ділянку не враховано двічі. Площі вимірюються в метрах у місцевій зоні UTM кожного сектора.

STATUS (типово cleared), DATE (типово сьогодні), TEAM, METHOD і DEPTH_CM записуються в позначені сектори, їхня версія збільшується на одиницю, заповнюються updated_by і updated_at. Сектор, що вже має STATUS, залишається без змін. Щоб зняти із сектора статус «очищено», потрібна причина REASON; без неї такі сектори не змінюються й перелічуються в журналі.

Результати: OUTPUT — усі вхідні сектори з новими значеннями; OUTPUT_AUDIT — по одному рядку audit_log на кожне змінене поле (і рядок із причиною для кожного сектора, з якого знято статус «очищено»).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="88"/>
        <source>Cleared ground (polygons or lane tracks)</source>
        <translation>Очищена територія (полігони або треки проходів)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="91"/>
        <source>Minimum overlap (% of a sector)</source>
        <translation>Мінімальне перекриття (% сектора)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="99"/>
        <source>Date (default today)</source>
        <translation>Дата (типово сьогодні)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="107"/>
        <source>Lane width of cleared tracks (m)</source>
        <translation>Ширина проходу за треками (м)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="110"/>
        <source>Clearance depth (cm)</source>
        <translation>Глибина розмінування (см)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="113"/>
        <source>Reason (to take sectors out of cleared)</source>
        <translation>Причина (щоб зняти із секторів статус «очищено»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="114"/>
        <source>Mark in workspace</source>
        <translation>Позначити в робочій області</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="116"/>
        <source>Marked sectors</source>
        <translation>Позначені сектори</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="118"/>
        <source>Audit entries</source>
        <translation>Записи журналу змін</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="119"/>
        <source>Number of sectors marked</source>
        <translation>Кількість позначених секторів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="122"/>
        <source>GPS tracks as teams record them: a GPX file holds several layers (waypoints, routes, tracks, route_points, track_points); give its tracks as CLEARED=file.gpx|layername=tracks (a GPX path without a layer name is read so too, said in the log). A KML file of lane lines, or of cleared polygons, is given as it is.</source>
        <translation>GPS-треки в тому вигляді, як їх записують групи: файл GPX містить кілька шарів (waypoints, routes, tracks, route_points, track_points); його треки вказуються як CLEARED=file.gpx|layername=tracks (шлях до GPX без назви шару читається так само, про що повідомляється в журналі). Файл KML з лініями проходів або з очищеними полігонами вказується як є.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="138"/>
        <source>SECTORS has no field {field}.</source>
        <translation>У SECTORS немає поля {field}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="142"/>
        <source>STATUS must be one of: {values}.</source>
        <translation>STATUS має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="146"/>
        <source>METHOD must be one of: {values}.</source>
        <translation>METHOD має бути одним із: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="157"/>
        <source>Reading sectors and cleared ground</source>
        <translation>Читання секторів і очищеної території</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="168"/>
        <source>Measuring overlaps</source>
        <translation>Вимірювання перекриттів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="200"/>
        <source>Sector {id} is cleared: give REASON to mark it {status}; left unchanged.</source>
        <translation>Сектор {id} очищено: щоб позначити його як {status}, вкажіть REASON; залишено без змін.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="215"/>
        <source>{marked} of {total} sectors marked {status} in {workspace}; {audit} audit rows.</source>
        <translation>{marked} з {total} секторів позначено як {status} у {workspace}; записів у журналі змін: {audit}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="218"/>
        <source>{marked} of {total} sectors marked {status}; {audit} audit rows.</source>
        <translation>{marked} із {total} секторів позначено як {status}; записів у журналі змін: {audit}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="220"/>
        <source>{count} cleared sectors left unchanged (no REASON).</source>
        <translation>{count} очищених секторів залишено без змін (немає REASON).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="254"/>
        <source>CLEARED is a GPX file: its tracks are read ({value}|layername=tracks).</source>
        <translation>CLEARED — файл GPX: зчитуються його треки ({value}|layername=tracks).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="271"/>
        <source>DATE {value} is not a date (use YYYY-MM-DD).</source>
        <translation>DATE {value} не є датою (використовуйте РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="288"/>
        <source>Sector row {row} ({id}) has no geometry; left unchanged.</source>
        <translation>Рядок сектора {row} ({id}) не має геометрії; залишено без змін.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="293"/>
        <source>Sector row {row} ({id}) is invalid ({reason}); it was repaired.</source>
        <translation>Рядок сектора {row} ({id}) некоректний ({reason}); виправлено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="307"/>
        <source>Sector row {row} ({id}) lies at ({x:.10g}, {y:.10g}), which is not a longitude/latitude: {count} sectors are not where the layer's CRS ({crs}) puts them. Set the layer's CRS to the one its coordinates are in (Layer Properties ▸ Source), then run again; nothing was marked.</source>
        <translation>Сектор у рядку {row} ({id}) розташований у точці ({x:.10g}, {y:.10g}), а це не довгота/широта: {count} секторів лежать не там, куди їх розміщує система координат шару ({crs}). Задайте шару систему координат, у якій записано його координати (Властивості шару ▸ Джерело), і запустіть знову; нічого не позначено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="318"/>
        <source>a point does not show cleared ground (use polygons or lane tracks)</source>
        <translation>точка не показує очищену територію (використовуйте полігони або треки проходів)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="320"/>
        <source>CLEARED row {row} not used: {problem}.</source>
        <translation>Рядок CLEARED {row} не використано: {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="324"/>
        <source>CLEARED row {row} is invalid ({reason}); it was repaired.</source>
        <translation>Рядок CLEARED {row} некоректний ({reason}); виправлено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="25"/>
        <source>Package for a field team (QField)</source>
        <translation>Пакет для польової групи (QField)</translation>
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
        <translation>Записує теку, яку QField відкриває офлайн для однієї групи: проєкт QGIS та один GeoPackage, що містить сектори групи, записи мінних полів і небезпечні райони як тло (лише для читання), шар знахідок (finds) з формою та лінійний шар очищених проходів для відстеження положення в QField.

Форма знахідок: uuid, що створюється на пристрої (uuid(), прихований), дата знахідки (типово сьогодні), категорія боєприпасу та модель у вигляді списків зі словника боєприпасів, кількість, глибина в см, сектор, примітки й фото (зберігаються в DCIM/ у теці пакета, зі шляхами відносно неї). У секторах можна змінювати лише status, status_date і depth_cm.

WORKSPACE: робочий простір, з якого створюється пакет (шлях до GeoPackage або postgres:CONNECTION/SCHEMA). TEAM: назва групи, що записується з кожною знахідкою та кожною зміною, які вона повертає.

SECTORS, RECORDS, HAZARDS: кожне — або ідентифікатори через кому (R-12-0-3, R-12-0-4), або вираз QGIS після '=' (=&quot;parent_id&quot; = 'R-12'), або порожньо. SECTORS порожнє: сектори заданих RECORDS і HAZARDS, а якщо не задано жодного з них — сектори, закріплені за групою TEAM. RECORDS порожнє: записи вибраних секторів і небезпечних районів. HAZARDS порожнє: небезпечні райони вибраних секторів і записів. Ідентифікатор, якого немає в робочому просторі, відхиляється.

Пакет зберігає у своєму GeoPackage, з чого його створено (робочий простір, група, версія та значення кожного сектора); clearground:syncfield об’єднує його назад.

OUTPUT_FOLDER: нова або порожня тека (ніколи не робочий простір чи його тека). Скопіюйте її до теки QField/Imported Projects на пристрої або завантажте до QFieldCloud за допомогою QFieldSync.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="58"/>
        <source>Workspace to package from</source>
        <translation>Робочий простір для створення пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/base.py" line="69"/>
        <source>ClearGround workspace (*.gpkg)</source>
        <translation>Робоча область ClearGround (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/algorithms/sync_field.py" line="70"/>
        <location filename="../processing/base.py" line="69"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="62"/>
        <source>Minefield records (ids, or =expression)</source>
        <translation>Записи про мінні поля (ідентифікатори або =вираз)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="64"/>
        <source>Hazard areas (ids, or =expression)</source>
        <translation>Небезпечні райони (ідентифікатори або =вираз)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="66"/>
        <source>Sectors (ids, or =expression)</source>
        <translation>Сектори (ідентифікатори або =вираз)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="67"/>
        <source>Package folder</source>
        <translation>Тека пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="68"/>
        <source>Package project</source>
        <translation>Проєкт пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="69"/>
        <source>Package GeoPackage</source>
        <translation>GeoPackage пакета</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="83"/>
        <source>Give the team's name (TEAM).</source>
        <translation>Вкажіть назву групи (TEAM).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="90"/>
        <source>Give the workspace to package from (WORKSPACE).</source>
        <translation>Вкажіть робочий простір, з якого створити пакет (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="101"/>
        <source>Package for team {team} written to {folder}: {sectors} sectors, {hazards} hazard areas, {records} records.</source>
        <translation>Пакет для групи {team} записано до {folder}: секторів — {sectors}, небезпечних районів — {hazards}, записів — {records}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="33"/>
        <source>Sync a returned field package</source>
        <translation>Синхронізувати повернений польовий пакет</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="36"/>
        <source>Merges a field package made by clearground:packagefield, after QField, back into the workspace it was made from, in one transaction: on any error nothing is written.

Finds: each new find is checked (category and model through the ordnance dictionary, date, depth) and added with its uuid; a find whose uuid is already in the workspace, or that duplicates one (within 1 m, same date and model), is skipped, so syncing the same package twice adds nothing. Its photos are copied beside the workspace (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; for PostGIS, &lt;schema&gt;_photos beside the package folder) and linked in finds.photo with paths relative to the folder that holds them.

Sectors: a status, status_date or depth_cm changed in the field is applied through the version check: a sector changed at the centre since the package was made is a conflict, reported with both values and never overwritten. A sector its cleared lanes cover to MIN_OVERLAP percent becomes cleared (the tracks as wide as LANE_WIDTH, else as their own width_m). Taking a sector out of cleared needs a reason and is left to the dock.

Every merged item is written to audit_log with the team (GeoPackage: as its user; PostGIS: the database names the login, the note names the team).

PACKAGE: the package folder or its GeoPackage; a folder that is not a ClearGround package, or a package made from another workspace, is refused. OUTPUT_REPORT: one row per item: outcome (merged, skipped, conflict), layer, key, field, old_value (the workspace's), new_value (the package's), message.</source>
        <translation>Об’єднує польовий пакет, створений clearground:packagefield, після роботи в QField назад із робочим простором, з якого його створено, в одній транзакції: за будь-якої помилки нічого не записується.

Знахідки: кожну нову знахідку перевіряють (категорію та модель — за довідником боєприпасів, дату, глибину) і додають з її uuid; знахідку, чий uuid уже є в робочому просторі або яка дублює наявну (у межах 1 м, з тією самою датою та моделлю), пропускають, тож повторна синхронізація того самого пакета нічого не додає. Її фотографії копіюються поруч із робочим простором (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; для PostGIS — &lt;schema&gt;_photos поруч із текою пакета) і пов’язуються у finds.photo шляхами відносно теки, у якій вони зберігаються.

Сектори: змінені в полі status, status_date або depth_cm застосовуються через перевірку версії: сектор, змінений у центрі після створення пакета, вважається конфліктом, про нього повідомляється з обома значеннями, і його ніколи не перезаписують. Сектор, який його очищені проходи покривають щонайменше на MIN_OVERLAP відсотків, стає очищеним (треки беруться завширшки LANE_WIDTH, інакше — за власною шириною width_m). Зняття із сектора статусу очищеного потребує зазначення причини й виконується на панелі.

Кожен об’єднаний елемент записується до audit_log із зазначенням групи (GeoPackage: як її користувач; PostGIS: база даних фіксує логін, примітка — групу).

PACKAGE: тека пакета або його GeoPackage; теку, що не є пакетом ClearGround, або пакет, створений з іншого робочого простору, відхиляють. OUTPUT_REPORT: по одному рядку на елемент: outcome (merged, skipped, conflict), layer, key, field, old_value (значення робочого простору), new_value (значення пакета), message.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="66"/>
        <source>Workspace the package was made from</source>
        <translation>Робочий простір, з якого створено пакет</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="69"/>
        <source>Returned package (folder or its GeoPackage)</source>
        <translation>Повернений пакет (тека або її GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="72"/>
        <source>Width of the cleared lanes (m; empty: as the tracks say)</source>
        <translation>Ширина очищених проходів (м; порожньо: як зазначено в треках)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="75"/>
        <source>Minimum cover by cleared lanes (% of a sector)</source>
        <translation>Мінімальне покриття очищеними проходами (% сектора)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="77"/>
        <source>Sync report</source>
        <translation>Звіт про синхронізацію</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items merged</source>
        <translation>Об’єднані елементи</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items skipped</source>
        <translation>Пропущені елементи</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="79"/>
        <source>Items in conflict</source>
        <translation>Елементи в конфлікті</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="85"/>
        <source>Give the returned package (PACKAGE).</source>
        <translation>Вкажіть повернутий пакет (PACKAGE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="88"/>
        <source>Give the workspace the package was made from (WORKSPACE).</source>
        <translation>Вкажіть робочий простір, з якого було створено пакет (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="116"/>
        <source>{layer}: {merged} merged, {skipped} skipped, {conflict} in conflict.</source>
        <translation>{layer}: об'єднано {merged}, пропущено {skipped}, у конфлікті {conflict}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="122"/>
        <source>Conflict, {layer} {key} {field}: the workspace has {old}, the package {new}. {message}</source>
        <translation>Конфлікт, {layer} {key} {field}: у робочому просторі {old}, у пакеті {new}. {message}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="127"/>
        <source>{count} photos copied to {folder}.</source>
        <translation>Скопійовано фотографій до {folder}: {count}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="52"/>
        <source>Tally finds per district</source>
        <translation>Підрахунок знахідок за районами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="55"/>
        <source>Counts finds per district and period, one column per device category (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) and a total, weighted by a quantity field when one is given; with sectors, adds the hectares cleared, reduced and cancelled in each district and period.

District field: the value written in the 'district' column. Names can repeat (two districts may share a name), so choose an id field when you need a unique key. When left empty, the first field called 'district', else the first text field with 'name' in its name, else the first text field is used.

Every find is counted exactly once: a find on a boundary shared by two districts goes to the first of them in the layer; finds outside every district, or without a position, are counted in the 'unassigned' row, so the rows add up to the input. Categories are read with the usual spellings (APM, anti-personnel, ТМ, ...); a category that maps to none is counted as OTHER and listed in the log with the find ids. An empty quantity counts as 1.

Period: none, year, quarter, month or week (ISO weeks, starting on Monday). With a period or a date range, finds are placed by the date field (default: found_date) and sectors by their status_date; every period from the first to the last date is listed, empty or not, and rows without a date are left out and listed in the log. The date range includes both ends.

Hectares: sectors with the status cleared, reduced or cancelled; a sector that crosses a district boundary counts in each district by its share of area. Areas are ellipsoidal (WGS84). Inputs may be in any CRS.

Outputs: a table with one row per period and district (then 'unassigned'), and the district layer with every one of its fields and the totals over the whole date range (a district field that has the name of a total column gets the suffix _2).</source>
        <translation>Підраховує знахідки за районами й періодами: по стовпцю на кожну категорію ВНП (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) і підсумок, з вагою за полем кількості, якщо його задано; із секторами додає гектари, очищені, скорочені та скасовані в кожному районі й періоді.

Поле району: значення, яке записується в стовпець 'district'. Назви можуть повторюватися (два райони можуть мати однакову назву), тому, якщо потрібен унікальний ключ, виберіть поле ідентифікатора. Якщо поле не задано, використовується перше поле з назвою 'district', інакше перше текстове поле, у назві якого є 'name', інакше перше текстове поле.

Кожну знахідку враховано рівно один раз: знахідка на спільній межі двох районів належить до першого з них у шарі; знахідки поза всіма районами або без місця розташування враховуються в рядку 'unassigned', тож сума рядків дорівнює вхідним даним. Категорії читаються в поширених написаннях (APM, anti-personnel, ТМ, ...); категорія, що не відповідає жодній, враховується як OTHER і перелічується в журналі з ідентифікаторами знахідок. Порожня кількість вважається за 1.

Період: none, year, quarter, month або week (тижні ISO, з понеділка). За періоду або діапазону дат знахідки розподіляються за полем дати (типово found_date), а сектори — за status_date; перелічуються всі періоди від першої до останньої дати, порожні чи ні, а рядки без дати виключаються й перелічуються в журналі. Діапазон дат включає обидва кінці.

Гектари: сектори зі статусом cleared, reduced або cancelled; сектор, що перетинає межу району, враховується в кожному районі за часткою площі. Площі еліпсоїдальні (WGS84). Вхідні дані можуть бути в будь-якій системі координат.

Результати: таблиця з одним рядком на період і район (потім 'unassigned') і шар районів з усіма його полями та підсумками за весь діапазон дат (поле району, що збігається за назвою зі стовпцем підсумків, отримує суфікс _2).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="98"/>
        <source>District name or id field</source>
        <translation>Поле назви або ідентифікатора району</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="101"/>
        <location filename="../ui/tabs/tally.py" line="124"/>
        <source>Category field</source>
        <translation>Поле категорії</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="104"/>
        <source>Quantity field (weight)</source>
        <translation>Поле кількості (вага)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="107"/>
        <location filename="../ui/tabs/tally.py" line="126"/>
        <source>Date field</source>
        <translation>Поле дати</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="117"/>
        <source>Sectors (for hectares released)</source>
        <translation>Сектори (для вивільнених гектарів)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="119"/>
        <location filename="../ui/tabs/tally.py" line="69"/>
        <location filename="../ui/tabs/tally.py" line="135"/>
        <source>Tally</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="121"/>
        <source>Districts with totals</source>
        <translation>Райони з підсумками</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="122"/>
        <source>Finds tallied</source>
        <translation>Враховано знахідок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="123"/>
        <source>Finds outside every district</source>
        <translation>Знахідки поза всіма районами</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="124"/>
        <source>Finds of an unknown category</source>
        <translation>Знахідки невідомої категорії</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="125"/>
        <source>Finds without position</source>
        <translation>Знахідки без місця розташування</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="126"/>
        <source>Finds without date (left out)</source>
        <translation>Знахідки без дати (виключено)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="127"/>
        <source>Finds outside the date range</source>
        <translation>Знахідки поза діапазоном дат</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="148"/>
        <source>A period or a date range needs the finds' date: choose the date field.</source>
        <translation>Для періоду або діапазону дат потрібна дата знахідок: виберіть поле дати.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="151"/>
        <location filename="../processing/algorithms/tally_finds.py" line="152"/>
        <location filename="../processing/algorithms/tally_finds.py" line="153"/>
        <source>finds</source>
        <translation>знахідок</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="154"/>
        <source>districts</source>
        <translation>районів</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="156"/>
        <source>The {layer} layer has no field '{field}'.</source>
        <translation>У шарі {layer} немає поля «{field}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="159"/>
        <source>Reading districts…</source>
        <translation>Читання районів…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="163"/>
        <source>Reading finds…</source>
        <translation>Читання знахідок…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="183"/>
        <source>Finds: {error}</source>
        <translation>Знахідки: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="194"/>
        <source>Tallying…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="205"/>
        <source>Field '{field}': {reason}. Rows: {rows}</source>
        <translation>Поле «{field}»: {reason}. Рядки: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="216"/>
        <source>{total} finds tallied in {n} districts; {unassigned} unassigned.</source>
        <translation>Підраховано {total} знахідок у {n} районах; поза районами: {unassigned}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="261"/>
        <source>{n} rows have a '{field}' that is not a date (left out as undated): {ids}</source>
        <translation>у {n} рядках «{field}» не є датою (виключено як рядки без дати): {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="268"/>
        <source>The sectors layer has no field 'status'.</source>
        <translation>У шарі секторів немає поля «status».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="270"/>
        <source>A period or a date range needs the sectors' 'status_date' field, which this layer lacks.</source>
        <translation>Для періоду або діапазону дат потрібне поле секторів «status_date», якого в цьому шарі немає.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="273"/>
        <source>Reading sectors…</source>
        <translation>Читання секторів…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="284"/>
        <source>{n} finds have a category that maps to none of AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER; counted as OTHER: {ids}</source>
        <translation>категорія {n} знахідок не відповідає жодній з AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER; враховано як OTHER: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="286"/>
        <source>{n} finds have no position; counted as unassigned: {ids}</source>
        <translation>{n} знахідок не мають місця розташування; враховано як знахідки поза районами: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="287"/>
        <source>{n} finds have no date; left out of the dated tally: {ids}</source>
        <translation>{n} знахідок не мають дати; виключено з підрахунку за датами: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="288"/>
        <source>{n} finds have no quantity; counted as 1: {ids}</source>
        <translation>{n} знахідок не мають кількості; враховано як 1: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="294"/>
        <source>{n} finds are dated outside the date range and were left out.</source>
        <translation>{n} знахідок датовано поза діапазоном дат, їх виключено.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="299"/>
        <source>{n} released sectors have no geometry; left out: {ids}</source>
        <translation>{n} вивільнених секторів не мають геометрії; виключено: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="300"/>
        <source>{n} released sectors have no status_date; left out: {ids}</source>
        <translation>{n} вивільнених секторів не мають status_date; виключено: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="301"/>
        <source>{n} sectors have a status that is none of planned, in_progress, cleared, reduced, cancelled; not counted: {ids}</source>
        <translation>статус {n} секторів не є жодним із planned, in_progress, cleared, reduced, cancelled; не враховано: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="388"/>
        <source>A district is called '{name}', the name of the row of finds outside every district; choose another district field.</source>
        <translation>Один із районів називається «{name}», як рядок знахідок поза районами; виберіть інше поле району.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="407"/>
        <source> and {n} more</source>
        <translation> і ще {n}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="139"/>
        <source>WORKSPACE: a ClearGround workspace to write into: a GeoPackage path, or a PostGIS workspace as postgres:CONNECTION/SCHEMA (the name of a QGIS PostgreSQL connection; the name alone when it reaches one workspace). Everything is written in one transaction: an error leaves the workspace as it was.</source>
        <translation>WORKSPACE: робоча область ClearGround, у яку виконується запис: шлях до GeoPackage або робоча область PostGIS у вигляді postgres:CONNECTION/SCHEMA (назва підключення PostgreSQL у QGIS; лише назва, якщо підключення веде до однієї робочої області). Усе записується в одній транзакції: у разі помилки робоча область залишається незмінною.</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="152"/>
        <source>Choose a new file (or a temporary output) for {output}.</source>
        <translation>Виберіть для {output} новий файл (або тимчасовий вивід).</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="155"/>
        <source>{output} is the workspace file {file}: writing it would replace the whole workspace. {instead}</source>
        <translation>{output} вказує на файл робочої області {file}: запис у нього замінив би всю робочу область. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="158"/>
        <location filename="../processing/destinations.py" line="163"/>
        <source>{output} is the workspace's layer {layer}: the algorithm writes into the workspace itself through WORKSPACE. {instead}</source>
        <translation>{output} вказує на шар робочої області {layer}: алгоритм сам записує в робочу область через WORKSPACE. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="167"/>
        <source>{output} is the input {input} itself ({layer}): writing it would delete what is being read. To change a workspace in place, give WORKSPACE and leave {output} empty; otherwise choose a new file (or a temporary output) for {output}.</source>
        <translation>{output} — це сам вхід {input} ({layer}): запис у нього видалив би те, що читається. Щоб змінити робочу область на місці, вкажіть WORKSPACE і залиште {output} порожнім; інакше виберіть для {output} новий файл (або тимчасовий вивід).</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="172"/>
        <source>{output} is the file of the input {input} ({file}): writing it would replace that file. {instead}</source>
        <translation>{output} вказує на файл входу {input} ({file}): запис у нього замінив би цей файл. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="176"/>
        <source>{output} is the layer {layer} of the workspace {file}. {instead}</source>
        <translation>{output} вказує на шар {layer} робочої області {file}. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/enum_labels.py" line="72"/>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="59"/>
        <source>Give the folder to write the package into (OUTPUT_FOLDER).</source>
        <translation>Вкажіть теку, до якої записати пакет (OUTPUT_FOLDER).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="63"/>
        <source>OUTPUT_FOLDER is the workspace {name} itself; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER — це сам робочий простір {name}; виберіть нову порожню теку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="66"/>
        <source>OUTPUT_FOLDER is the workspace's own folder; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER — це власна тека робочого простору; виберіть нову порожню теку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="68"/>
        <source>OUTPUT_FOLDER {path} is a file; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER {path} — це файл; виберіть нову порожню теку.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="70"/>
        <source>OUTPUT_FOLDER {path} is not empty; choose a new, empty folder (a package is never written over other files).</source>
        <translation>Тека OUTPUT_FOLDER {path} не порожня; виберіть нову порожню теку (пакет ніколи не записується поверх інших файлів).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="78"/>
        <source>The workspace layer {layer} cannot be read.</source>
        <translation>Не вдається прочитати шар робочого простору {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="87"/>
        <source>The {kind} expression cannot be read: {error}</source>
        <translation>Не вдається прочитати вираз {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="93"/>
        <source>The workspace has no {kind} {ids}.</source>
        <translation>У робочому просторі немає {kind} {ids}.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="109"/>
        <source>records</source>
        <translation>записи</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="110"/>
        <source>hazard areas</source>
        <translation>небезпечні райони</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="113"/>
        <source>sectors</source>
        <translation>сектори</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="120"/>
        <source>No sector was chosen for team {team}: name SECTORS, RECORDS or HAZARDS, or assign sectors to the team.</source>
        <translation>Для групи {team} не вибрано жодного сектора: вкажіть SECTORS, RECORDS або HAZARDS чи призначте групі сектори.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="52"/>
        <source>Cleared lanes</source>
        <translation>Очищені проходи</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="59"/>
        <source>ClearGround field package, team {team}</source>
        <translation>Польовий пакет ClearGround, група {team}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="68"/>
        <source>The package layer {layer} cannot be opened.</source>
        <translation>Не вдається відкрити шар пакета {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="83"/>
        <source>The package project {path} cannot be written: {error}</source>
        <translation>Не вдається записати проєкт пакета {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Date found</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Device category</source>
        <translation>Категорія пристрою</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="161"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="51"/>
        <source>This field package was made from the workspace {made} ({name}), not from {this}; nothing was merged.</source>
        <translation>Цей польовий пакет створено з робочого простору {made} ({name}), а не з {this}; нічого не об’єднано.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="63"/>
        <source>field package {name}</source>
        <translation>польовий пакет {name}</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="122"/>
        <source>Read to mark the sectors the lanes cover (marked: {sectors}); the workspace has no layer of lanes, so the track itself stays in the package.</source>
        <translation>Прочитано, щоб позначити сектори, які покривають проходи (позначено: {sectors}); у робочому просторі немає шару проходів, тому сам трек залишається в пакеті.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="136"/>
        <source>The photo is not in the package folder; the find was merged without it.</source>
        <translation>Фото немає в теці пакета; знахідку об’єднано без нього.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="149"/>
        <source>Row {row} ({field} {id}): no sectors, {problem}.</source>
        <translation>Рядок {row} ({field} {id}): секторів немає, {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="164"/>
        <source>the field {field} is empty</source>
        <translation>поле {field} порожнє</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="166"/>
        <source>the id {id} is used by an earlier row</source>
        <translation>ідентифікатор {id} уже зайнято попереднім рядком</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="170"/>
        <source>Row {row} ({field} {id}): the polygon is invalid ({reason}); it was repaired before cutting sectors.</source>
        <translation>Рядок {row} ({field} {id}): полігон некоректний ({reason}); його виправлено перед нарізанням секторів.</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="105"/>
        <source>Both fits of record {record}</source>
        <translation>Обидва суміщення запису {record}</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Best fit</source>
        <translation>Найкраще суміщення</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Runner-up</source>
        <translation>Друге</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="34"/>
        <source>The chart needs matplotlib, which this QGIS lacks.</source>
        <translation>Для діаграми потрібен matplotlib, якого немає в цій QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="61"/>
        <location filename="../ui/choropleth.py" line="71"/>
        <source>No finds</source>
        <translation>Знахідок немає</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="90"/>
        <source>Reload sector {sector}</source>
        <translation>Перезавантажити сектор {sector}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="102"/>
        <source>Sector {sector} no longer exists.</source>
        <translation>Сектора {sector} більше немає.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="106"/>
        <source>Sector {sector} reloaded: now “{status}”, version {version}.</source>
        <translation>Сектор {sector} перезавантажено: тепер “{status}”, версія {version}.</translation>
    </message>
    <message>
        <location filename="../ui/district_picker.py" line="84"/>
        <source>Districts of Azerbaijan (geoBoundaries)</source>
        <translation>Райони Азербайджану (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="80"/>
        <source>New ClearGround workspace</source>
        <translation>Нова робоча область ClearGround</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="85"/>
        <source>Created workspace {name}.</source>
        <translation>Створено робочу область {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="89"/>
        <source>Open ClearGround workspace</source>
        <translation>Відкрити робочу область ClearGround</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="92"/>
        <location filename="../ui/dock.py" line="107"/>
        <source>Opened workspace {name}.</source>
        <translation>Відкрито робочу область {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Open a GeoPackage workspace to copy it to PostGIS.</source>
        <translation>Відкрийте робочу область GeoPackage, щоб скопіювати її до PostGIS.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="153"/>
        <source>The map is now in {crs} ({name}), the UTM zone where most of the workspace lies, so that sectors keep their shape; change it in Project ▸ Properties ▸ CRS.</source>
        <translation>Карта тепер у {crs} ({name}) — зоні UTM, де лежить більша частина робочого простору, щоб сектори зберігали форму; змінити: Проєкт ▸ Властивості ▸ СК.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="161"/>
        <source>Open PostGIS workspace…</source>
        <translation>Відкрити робочу область PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="162"/>
        <source>Recent</source>
        <translation>Нещодавні</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="167"/>
        <source>Copy to PostGIS…</source>
        <translation>Копіювати до PostGIS…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="169"/>
        <source>Close workspace</source>
        <translation>Закрити робочу область</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="174"/>
        <source>No workspace open. Create or open one from the Workspace menu.</source>
        <translation>Робочу область не відкрито. Створіть або відкрийте її в меню «Робоча область».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="177"/>
        <source>Workspace: {name} (schema v{version})</source>
        <translation>Робоча область: {name} (схема v{version})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Sector or record</source>
        <translation>Сектор або формуляр</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="30"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="53"/>
        <source>“{reason}” (it was {status})</source>
        <translation>“{reason}” (було: {status})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="62"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="118"/>
        <source>{count} change(s).</source>
        <translation>Змін: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="119"/>
        <source>No change has been saved yet.</source>
        <translation>Змін ще не збережено.</translation>
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
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Text in the file</source>
        <translation>Текст у файлі</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="74"/>
        <source>Mine maps (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>Формуляри мінних полів (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="86"/>
        <source>Magnetic declination, degrees east, for rows that give none</source>
        <translation>Магнітне схилення в градусах на схід для рядків, де його не вказано</translation>
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
        <translation>Магнітне схилення</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="95"/>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="96"/>
        <source>Why, and values in the file</source>
        <translation>Обґрунтування та значення у файлі</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="107"/>
        <source>In a field mapping: {code}</source>
        <translation>У зіставленні полів: {code}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="142"/>
        <source>Errors</source>
        <translation>Помилки</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="146"/>
        <source>Choose a row to read it whole.</source>
        <translation>Виберіть рядок, щоб прочитати його повністю.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="158"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="161"/>
        <location filename="../ui/tabs/records.py" line="367"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="224"/>
        <source>{why}; e.g. {samples}</source>
        <translation>{why}; напр. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="226"/>
        <source>chosen by you; e.g. {samples}</source>
        <translation>вибрано вами; напр. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="234"/>
        <source>Which column is {target}? {question}</source>
        <translation>Який стовпець — {target}? {question}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="310"/>
        <source>Row {row}</source>
        <translation>Рядок {row}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="312"/>
        <source>Why it was rejected: {reason}</source>
        <translation>Причина відхилення: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="313"/>
        <source>Text in the file: {text}</source>
        <translation>Текст у файлі: {text}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="327"/>
        <source>The choices changed: press Preview to see the result.</source>
        <translation>Параметри змінилися: натисніть «Попередній перегляд», щоб побачити результат.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="356"/>
        <source>Records ({n})</source>
        <translation>Формуляри ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="357"/>
        <source>Errors ({n})</source>
        <translation>Помилки ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="358"/>
        <source>{read} rows read as {mode}: {imported} to import, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>Прочитано рядків як {mode}: {read}; до імпорту: {imported}, відхилено: {rejected}; формулярів: {records}, мін: {mines}.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="364"/>
        <source>Preview of the first {n} rows; the import reads the whole file.</source>
        <translation>Попередній перегляд перших {n} рядків; імпорт читає весь файл.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="48"/>
        <source>{count} sector(s) chosen.</source>
        <translation>Вибрано секторів: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="57"/>
        <location filename="../ui/mark_form.py" line="59"/>
        <location filename="../ui/mark_form.py" line="64"/>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="67"/>
        <source>Reason (the sector leaves 'cleared')</source>
        <translation>Причина (із сектора знімається статус «очищено»)</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="74"/>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="121"/>
        <source>Say why a cleared sector is taken out of 'cleared'.</source>
        <translation>Вкажіть, чому з очищеного сектора знімається статус «очищено».</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="165"/>
        <source>{count} sector(s) marked “{status}”. Press Save edits in the Sectors tab to keep them (Cancel edits drops them).</source>
        <translation>Секторів з позначкою “{status}”: {count}. Натисніть “Зберегти зміни” на вкладці “Сектори”, щоб їх зберегти (“Скасувати зміни” їх відкине).</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="169"/>
        <source>The chosen sectors already have these values.</source>
        <translation>Вибрані сектори вже мають ці значення.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="273"/>
        <location filename="../workspace/sector_edits.py" line="122"/>
        <source>The layer {layer} cannot be edited.</source>
        <translation>Шар {layer} не можна редагувати.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="359"/>
        <source>Open a workspace first: Mark sectors works on its sectors layer.</source>
        <translation>Спершу відкрийте робочу область: «Позначити сектори» працює з її шаром секторів.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>ClearGround needs packages that this QGIS lacks.</source>
        <translation>Для ClearGround потрібні пакети, яких немає в цій QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="30"/>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="31"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="32"/>
        <source>read only</source>
        <translation>лише читання</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="33"/>
        <source>no access</source>
        <translation>немає доступу</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="49"/>
        <source>PostGIS workspace</source>
        <translation>Робоча область PostGIS</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="57"/>
        <source>QGIS connection</source>
        <translation>Підключення QGIS</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="59"/>
        <source>Workspaces in this database</source>
        <translation>Робочі області в цій базі даних</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="63"/>
        <source>or a new schema name</source>
        <translation>або назва нової схеми</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="82"/>
        <source>QGIS has no PostgreSQL connection yet. Add one in the Browser (PostgreSQL &gt; New Connection), preferably with an authentication configuration, then come back.</source>
        <translation>У QGIS поки немає підключень PostgreSQL. Додайте підключення в Браузері (PostgreSQL &gt; Нове підключення), краще з конфігурацією автентифікації, і поверніться.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="103"/>
        <source>{schema} ({level})</source>
        <translation>{schema} ({level})</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="143"/>
        <source>This database holds no ClearGround workspace you can see.</source>
        <translation>У цій базі даних немає доступних вам робочих областей ClearGround.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="147"/>
        <source>The connection &quot;{name}&quot; keeps its password in plain settings. ClearGround never copies it into the project; QGIS will ask for it. Prefer an authentication configuration.</source>
        <translation>Підключення «{name}» зберігає пароль у налаштуваннях відкритим текстом. ClearGround ніколи не копіює його в проєкт; QGIS запитає його. Краще використовуйте конфігурацію автентифікації.</translation>
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
        <translation>Знахідка поза формулярами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="76"/>
        <source>Unmatched recorded mine</source>
        <translation>Міна за формуляром без знахідки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Acknowledged</source>
        <translation>Взято до уваги</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <location filename="../ui/tabs/discrepancies.py" line="147"/>
        <source>Resolved</source>
        <translation>Усунуто</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>fitted</source>
        <translation>суміщено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>ambiguous</source>
        <translation>неоднозначно</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>too few finds</source>
        <translation>замало знахідок</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <source>Severity</source>
        <translation>Важливість</translation>
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
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="105"/>
        <source>unrecorded</source>
        <translation>не обліковано</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="106"/>
        <source>missing</source>
        <translation>нестача</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="108"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="109"/>
        <source>not found</source>
        <translation>не знайдено</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="110"/>
        <source>m off</source>
        <translation>м зсуву</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="111"/>
        <source>after clearance</source>
        <translation>після розмінування</translation>
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
        <translation>Інше</translation>
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
        <translation>Очищено до порівняння кількості мін</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="224"/>
        <source>Draw lines from matched finds to their recorded mines</source>
        <translation>Провести лінії від зіставлених знахідок до мін за формулярами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="228"/>
        <source>Run analysis</source>
        <translation>Запустити аналіз</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="229"/>
        <location filename="../ui/tabs/records.py" line="79"/>
        <location filename="../ui/tabs/report.py" line="99"/>
        <location filename="../ui/tabs/sectors.py" line="115"/>
        <location filename="../ui/tabs/tally.py" line="136"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="244"/>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="247"/>
        <source>All severities</source>
        <translation>Будь-яка важливість</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="250"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="253"/>
        <location filename="../ui/tabs/discrepancies.py" line="448"/>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="278"/>
        <location filename="../ui/tabs/discrepancies.py" line="520"/>
        <source>Choose a flag to read it whole.</source>
        <translation>Виберіть позначку, щоб прочитати її повністю.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="283"/>
        <source>Note (what was done, by whom)</source>
        <translation>Примітка (що зроблено і ким)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="284"/>
        <source>Acknowledge</source>
        <translation>Взяти до уваги</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="285"/>
        <source>Resolve</source>
        <translation>Позначити усунутим</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="286"/>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
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
        <translation>Спершу відкрийте робочу область.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis was cancelled.</source>
        <translation>Аналіз скасовано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis failed.</source>
        <translation>Аналіз не вдався.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="389"/>
        <source>{total} flags: {high} high, {medium} medium, {low} low severity.</source>
        <translation>Позначок: {total}; високої важливості: {high}, середньої: {medium}, низької: {low}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="391"/>
        <source>Some rows could not be used.</source>
        <translation>Деякі рядки не вдалося використати.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="416"/>
        <source>Matched finds to recorded mines</source>
        <translation>Знахідки, зіставлені з мінами за формулярами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="452"/>
        <source>(no district)</source>
        <translation>(без району)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="496"/>
        <location filename="../ui/tabs/discrepancies.py" line="529"/>
        <source>Note: {note}</source>
        <translation>Примітка: {note}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="502"/>
        <source>{shown} of {total} flags shown.</source>
        <translation>Показано позначок: {shown} з {total}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="523"/>
        <source>Severity: {severity}</source>
        <translation>Важливість: {severity}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="538"/>
        <source>Fit: {status}</source>
        <translation>Суміщення: {status}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="540"/>
        <source>(confidence {confidence:.2f})</source>
        <translation>(достовірність {confidence:.2f})</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="542"/>
        <source>Both fits are drawn on the map: filled circles where the best puts its mines, hollow diamonds where the runner-up does.</source>
        <translation>Обидва суміщення намальовано на мапі: зафарбовані кола — де міни ставить найкраще, порожні ромби — де друге.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="607"/>
        <source>This workspace is read-only for you.</source>
        <translation>Ця робоча область доступна вам лише для читання.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="611"/>
        <source>Say in the note how the flag was resolved.</source>
        <translation>Вкажіть у примітці, як усунуто розбіжність.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="626"/>
        <source>The flags could not be updated.</source>
        <translation>Не вдалося оновити позначки.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="631"/>
        <source>The workspace has no audit log; the change is not logged.</source>
        <translation>У робочій області немає журналу змін; зміну не записано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="637"/>
        <source>{count} flag(s) marked {status}.</source>
        <translation>Позначок, позначених як {status}: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="49"/>
        <source>Finds (points: CSV, XLSX, GeoJSON, GeoPackage, KML, GPX waypoints)</source>
        <translation>Знахідки (точки: CSV, XLSX, GeoJSON, GeoPackage, KML, шляхові точки GPX)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="50"/>
        <source>Hazard areas (SHA/CHA polygons of a survey)</source>
        <translation>Небезпечні райони (полігони SHA/CHA за результатами обстеження)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AP mines the record states</source>
        <translation>Мін AP за формуляром</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AT mines the record states</source>
        <translation>Мін AT за формуляром</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="56"/>
        <source>Mines of the record in the workspace (imported points)</source>
        <translation>Міни формуляра в робочому просторі (імпортовані точки)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="77"/>
        <source>Import mine map…</source>
        <translation>Імпорт формуляра мінного поля…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="82"/>
        <source>Import field report…</source>
        <translation>Імпортувати польовий звіт…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="83"/>
        <source>Finds or hazard areas from the field: every row imported, a duplicate of what the workspace holds, or rejected with its reason</source>
        <translation>Знахідки або небезпечні райони з польових даних: кожен рядок або імпортовано, або він є дублікатом наявного в робочому просторі, або відхилено із зазначенням причини</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="146"/>
        <location filename="../ui/tabs/records.py" line="209"/>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>Триває імпорт; дочекайтеся його завершення або скасуйте.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="162"/>
        <location filename="../ui/tabs/records.py" line="225"/>
        <source>The import was cancelled; the workspace was left as it was.</source>
        <translation>Імпорт скасовано; робоча область не змінилася.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="167"/>
        <source>The mine map could not be imported; the workspace was left as it was.</source>
        <translation>Не вдалося імпортувати формуляр; робоча область не змінилася.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="179"/>
        <source>Imported {records} records and {mines} mines; {rejected} rows rejected.</source>
        <translation>Імпортовано формулярів: {records}, мін: {mines}; відхилено рядків: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="230"/>
        <source>The field report could not be imported; the workspace was left as it was.</source>
        <translation>Не вдалося імпортувати польовий звіт; робочий простір залишився без змін.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="245"/>
        <source>Imported {added} finds; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>Імпортовано знахідок: {added}; уже в робочому просторі: {duplicates}; відхилено рядків: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="247"/>
        <source>Imported {added} hazard areas; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>Імпортовано небезпечних районів: {added}; уже в робочому просторі: {duplicates}; відхилено рядків: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="275"/>
        <source>No workspace open.</source>
        <translation>Робочу область не відкрито.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="305"/>
        <source>{records} records, {mines} recorded mines.</source>
        <translation>Формулярів: {records}, мін за формулярами: {mines}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="341"/>
        <source>Import field report</source>
        <translation>Імпортувати польовий звіт</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="345"/>
        <source>Field reports (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;All files (*)</source>
        <translation>Польові звіти (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="355"/>
        <source>e.g. find_id=Nomre;found_date=Tarix (empty: recognised from the file)</source>
        <translation>напр. find_id=Nomre;found_date=Tarix (порожньо: визначається з файлу)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="358"/>
        <source>The report holds</source>
        <translation>Звіт містить</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="360"/>
        <source>Field mapping</source>
        <translation>Зіставлення полів</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="362"/>
        <source>Dates are read day first (12.03.2022 and 12/03/2022 are 12 March 2022). Finds already in the workspace are counted, not added again.</source>
        <translation>У датах першим читається день (12.03.2022 і 12/03/2022 — це 12 березня 2022). Знахідки, що вже є в робочому просторі, підраховуються, але повторно не додаються.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="45"/>
        <location filename="../ui/tabs/report.py" line="97"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="76"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="85"/>
        <source>Also write an HTML summary beside it</source>
        <translation>Також записати поруч зведення HTML</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="89"/>
        <location filename="../ui/tabs/tally.py" line="128"/>
        <source>District name</source>
        <translation>Назва району</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="90"/>
        <location filename="../ui/tabs/tally.py" line="131"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="91"/>
        <source>Table and chart by</source>
        <translation>Таблиця й діаграма за</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="92"/>
        <source>Template (optional)</source>
        <translation>Шаблон (необов’язково)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="93"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="98"/>
        <source>Write the weekly report of the open workspace as a PDF</source>
        <translation>Записати щотижневий звіт відкритої робочої області в PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="175"/>
        <source>Choose a districts layer.</source>
        <translation>Виберіть шар районів.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="178"/>
        <source>Choose where to write the PDF.</source>
        <translation>Виберіть, куди записати PDF.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="205"/>
        <source>A report is being built (started at {time}, {percent}% done): wait for it or cancel it.</source>
        <translation>Звіт формується (розпочато о {time}, готово {percent}%): дочекайтеся його або скасуйте.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="221"/>
        <source>The districts layer {layer} has {count} polygons: the report makes a page for each one with data, up to {pages} pages. Build it?</source>
        <translation>У шарі районів {layer} полігонів: {count}; звіт робить сторінку на кожен із даними, до {pages} сторінок. Сформувати?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="229"/>
        <source>The latest find is of {date}.</source>
        <translation>Остання знахідка — від {date}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="230"/>
        <source>The workspace has no dated finds.</source>
        <translation>У робочій області немає знахідок із датою.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="231"/>
        <source>No finds between {start} and {end}. {hint} Build an empty report?</source>
        <translation>Немає знахідок з {start} по {end}. {hint} Сформувати порожній звіт?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report was cancelled.</source>
        <translation>Звіт скасовано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report failed.</source>
        <translation>Звіт не вдався.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="256"/>
        <source>The report is ready: {name} ({pages} pages).</source>
        <translation>Звіт готовий: {name} (сторінок: {pages}).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="258"/>
        <source>Open the PDF</source>
        <translation>Відкрити PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected hazard areas</source>
        <translation>Вибрані небезпечні території</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected minefield records</source>
        <translation>Вибрані формуляри мінних полів</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per record or hazard</source>
        <translation>За формулярами або небезпечними територіями</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per district</source>
        <translation>За районами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Total (ha)</source>
        <translation>Усього (га)</translation>
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
        <translation>Скорочено (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Reduced %</source>
        <translation>Скорочено, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled (ha)</source>
        <translation>Скасовано (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled %</source>
        <translation>Скасовано, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Remaining (ha)</source>
        <translation>Залишилося (га)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="57"/>
        <source>Remaining %</source>
        <translation>Залишилося, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="118"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="119"/>
        <source>Cell size</source>
        <translation>Розмір комірки</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="128"/>
        <source>Mark sectors on the map</source>
        <translation>Позначити сектори на карті</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="129"/>
        <source>Click a sector, drag a rectangle, or Shift+click a polygon (right click closes it), then set status, date, team, method and depth.</source>
        <translation>Клацніть сектор, розтягніть прямокутник або обведіть полігон клацаннями з Shift (правий клік замикає його), потім задайте статус, дату, групу, метод і глибину.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="133"/>
        <source>Save edits</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="134"/>
        <source>Write the marked sectors to the workspace (and their changes to the audit log)</source>
        <translation>Записати позначені сектори до робочого простору (а їхні зміни — до журналу аудиту)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="137"/>
        <source>Cancel edits</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="138"/>
        <source>Drop the sector changes made since the last save</source>
        <translation>Скасувати зміни секторів, зроблені після останнього збереження</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="140"/>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="141"/>
        <source>Who changed the selected sectors, or the sectors of the record or hazard chosen in the table, and when</source>
        <translation>Хто і коли змінював вибрані сектори або сектори формуляра чи небезпечної ділянки, вибраних у таблиці</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="150"/>
        <source>Field package</source>
        <translation>Польовий пакет</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="151"/>
        <source>Take sectors to a field team's QField device, and merge what comes back</source>
        <translation>Передати сектори на пристрій QField польової групи та об’єднати те, що повернеться</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="154"/>
        <source>Package for a team…</source>
        <translation>Пакет для групи…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="156"/>
        <source>Sync a returned package…</source>
        <translation>Синхронізувати повернений пакет…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="164"/>
        <source>Land release</source>
        <translation>Вивільнення земель</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="170"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="175"/>
        <source>District names from</source>
        <translation>Назви районів з</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="179"/>
        <source>District names written differently in the records (Aghdam, Ağdam rayonu) are shown as this layer names them.</source>
        <translation>Назви районів, по-різному записані у формулярах (Aghdam, Ağdam rayonu), показано так, як їх названо в цьому шарі.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="229"/>
        <source>Sectors are being generated; wait for them or cancel.</source>
        <translation>Триває створення секторів; дочекайтеся його завершення або скасуйте.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="238"/>
        <source>Select the hazard areas or records to divide into sectors first.</source>
        <translation>Спершу виберіть небезпечні території або формуляри, які треба поділити на сектори.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="247"/>
        <source>{count} already have sectors and were left as they are: {ids}</source>
        <translation>{count} об’єктів уже мають сектори, їх залишено як є: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="269"/>
        <source>Generating sectors was cancelled; nothing was added.</source>
        <translation>Створення секторів скасовано; нічого не додано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="272"/>
        <source>Sectors could not be generated.</source>
        <translation>Не вдалося створити сектори.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="274"/>
        <source>The workspace was closed before the sectors were ready; nothing was added.</source>
        <translation>Робочу область закрито до готовності секторів; нічого не додано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="281"/>
        <source>{count} selected rows got no sectors.</source>
        <translation>Для {count} вибраних рядків сектори не створено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="284"/>
        <source>{count} sectors generated.</source>
        <translation>Створено секторів: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Package for a team</source>
        <translation>Пакет для групи</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="293"/>
        <source>A new, empty folder for the package</source>
        <translation>Нова порожня тека для пакета</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="298"/>
        <source>The returned package's folder</source>
        <translation>Тека поверненого пакета</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="322"/>
        <source>Another task of this tab is running; wait for it or cancel.</source>
        <translation>Виконується інше завдання цієї вкладки; дочекайтеся його завершення або скасуйте.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="336"/>
        <source>Field package written to {folder}; copy the folder to the device's QField/Imported Projects.</source>
        <translation>Польовий пакет записано до {folder}; скопіюйте теку на пристрій у QField/Imported Projects.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="339"/>
        <source>The field package was not made.</source>
        <translation>Польовий пакет не створено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="346"/>
        <source>The field package was not merged; the workspace is unchanged.</source>
        <translation>Польовий пакет не об’єднано; робочий простір не змінено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="351"/>
        <source>Field sync report</source>
        <translation>Звіт польової синхронізації</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="358"/>
        <source>Field package merged: {merged} merged, {skipped} skipped, {conflicts} in conflict.</source>
        <translation>Польовий пакет об’єднано: об’єднано — {merged}, пропущено — {skipped}, у конфлікті — {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="393"/>
        <source>{count} sector(s) saved; their changes are in the audit log.</source>
        <translation>Збережено секторів: {count}; їхні зміни записано до журналу аудиту.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="400"/>
        <source>The sectors could not be saved; the edits are kept.</source>
        <translation>Не вдалося зберегти сектори; зміни залишено.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="411"/>
        <source>Drop the unsaved changes of {count} sector(s)?</source>
        <translation>Скасувати незбережені зміни секторів ({count})?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="418"/>
        <source>The changes of {count} sector(s) were dropped.</source>
        <translation>Зміни секторів ({count}) скасовано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="437"/>
        <source>{count} sectors</source>
        <translation>сектори ({count})</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="465"/>
        <source>Select sectors on the map, or a record or hazard in the table, to see their history.</source>
        <translation>Виберіть сектори на карті або формуляр чи небезпечну ділянку в таблиці, щоб побачити їхню історію.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="469"/>
        <source>Edits not saved yet are not in it.</source>
        <translation>Незбережені зміни тут не враховано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="472"/>
        <source>History of {what}</source>
        <translation>Історія: {what}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="484"/>
        <source>History of {what}…</source>
        <translation>Історія: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="570"/>
        <source>District names matched to {layer}: {pairs}.</source>
        <translation>Назви районів зіставлено з {layer}: {pairs}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="573"/>
        <source>Not in {layer}, kept as written: {names}.</source>
        <translation>Немає в {layer}, залишено як записано: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="577"/>
        <source>Like several districts of {layer}, kept as written: {names}.</source>
        <translation>Схожі на кілька районів {layer}, залишено як записано: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="588"/>
        <location filename="../ui/tabs/tally.py" line="308"/>
        <location filename="../ui/tabs/tally.py" line="446"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="617"/>
        <source>{cleared} of {total} ha cleared ({pct} %), {remaining} ha remaining.</source>
        <translation>Очищено {cleared} з {total} га ({pct} %), залишилося {remaining} га.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="623"/>
        <source>No sectors yet.</source>
        <translation>Секторів поки немає.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="111"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="112"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="125"/>
        <source>Weight by</source>
        <translation>Вага за полем</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="148"/>
        <source>Hide districts without finds</source>
        <translation>Приховати райони без знахідок</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="149"/>
        <source>The table, its export and the chart leave out the districts where nothing was found and no land was released</source>
        <translation>Таблиця, її експорт і діаграма не включають райони, де нічого не знайдено й землі не вивільнялися</translation>
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
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="178"/>
        <source>Choropleth</source>
        <translation>Картограма</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="179"/>
        <source>Add the districts to the map, shaded by their finds in the period the table shows</source>
        <translation>Додати райони на карту із заливкою за знахідками за період, показаний у таблиці</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="241"/>
        <source>Choose a finds layer and a districts layer.</source>
        <translation>Виберіть шар знахідок і шар районів.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally was cancelled.</source>
        <translation>Підрахунок скасовано.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally failed.</source>
        <translation>Підрахунок не вдався.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="285"/>
        <source>Finds per district</source>
        <translation>Знахідки за районами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="290"/>
        <source>{total} finds tallied; {unassigned} outside every district.</source>
        <translation>Враховано знахідок: {total}; поза всіма районами: {unassigned}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="293"/>
        <source>Some rows need attention.</source>
        <translation>Деякі рядки потребують уваги.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="306"/>
        <source>All periods</source>
        <translation>Усі періоди</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="365"/>
        <source>Unassigned</source>
        <translation>Поза районами</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="420"/>
        <source>Export the tally</source>
        <translation>Експорт зведення</translation>
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
        <translation>Зведення експортовано до {name}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="448"/>
        <source>Finds per district, {view}</source>
        <translation>Знахідки за районами, {view}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="482"/>
        <source>ClearGround tally</source>
        <translation>Зведення ClearGround</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="159"/>
        <source>{layer}: GDAL's Arrow stream failed ({error}); reading feature by feature.</source>
        <translation>{layer}: потік Arrow у GDAL не спрацював ({error}); об’єкти читаються по одному.</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="196"/>
        <source>the layer changed while it was read: features are missing</source>
        <translation>шар змінився під час читання: частини об’єктів бракує</translation>
    </message>
    <message>
        <location filename="../workspace/field_layers.py" line="21"/>
        <source>the workspace's layer {layer} cannot be read</source>
        <translation>неможливо прочитати шар {layer} робочого простору</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="45"/>
        <source>{name}: a layer can be named only for GPX files</source>
        <translation>{name}: шар можна вказати лише для файлів GPX</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="48"/>
        <location filename="../workspace/sources.py" line="49"/>
        <source>{path}: no such file</source>
        <translation>{path}: файл не знайдено</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="54"/>
        <location filename="../workspace/sources.py" line="273"/>
        <location filename="../workspace/sources.py" line="360"/>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} не вдається прочитати: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="56"/>
        <source>{name} has no layer '{layer}' (a GPX file has: {layers})</source>
        <translation>у {name} немає шару '{layer}' (у файлі GPX є: {layers})</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="74"/>
        <source>{name} has no {layer}</source>
        <translation>у {name} немає {layer}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="84"/>
        <location filename="../workspace/transfer.py" line="282"/>
        <source>{path}: a workspace is a GeoPackage; give the file name the .gpkg extension.</source>
        <translation>{path}: робоча область — це GeoPackage; вкажіть у назві файлу розширення .gpkg.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="87"/>
        <source>{path} already exists. Open it, or choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} вже існує. Відкрийте його або виберіть іншу назву: ClearGround ніколи не перезаписує файли.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="91"/>
        <location filename="../workspace/transfer.py" line="288"/>
        <source>{path}: no such folder.</source>
        <translation>{path}: теку не знайдено.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="109"/>
        <source>{name} is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>{name} — робоча область схеми v{version}; перед використанням її треба оновити до v{current}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="124"/>
        <source>{path}: no such file.</source>
        <translation>{path}: такого файлу немає.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="126"/>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} — це тека, а не файл робочої області.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="134"/>
        <location filename="../workspace/gpkg_store.py" line="165"/>
        <location filename="../workspace/gpkg_store.py" line="169"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>Не вдається прочитати {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="140"/>
        <location filename="../workspace/geopackage.py" line="142"/>
        <source>{name} is corrupt: {error}.</source>
        <translation>{name} пошкоджено: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="144"/>
        <source>{name} is an SQLite database but not a GeoPackage, so not a workspace either. Create a workspace for your data (Workspace ▸ New workspace…).</source>
        <translation>{name} — база даних SQLite, але не GeoPackage, тож і не робочий простір. Створіть робочий простір для своїх даних (Робочий простір ▸ Новий робочий простір…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="158"/>
        <source>{name}: {table} has no valid schema_version.</source>
        <translation>{name}: у {table} немає чинного schema_version.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="161"/>
        <source>{name} was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>{name} створено новішою версією ClearGround (схема v{version}); ця версія читає схеми до v{current}. Оновіть модуль, щоб відкрити його.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a CSV text file</source>
        <translation>текстовий файл CSV</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a text file</source>
        <translation>текстовий файл</translation>
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
        <translation>проєкт QGIS</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="209"/>
        <source>a file of another kind</source>
        <translation>файл іншого типу</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="210"/>
        <source>{name} is not a GeoPackage: it is {what}, not a workspace.</source>
        <translation>{name} — не GeoPackage: це {what}, а не робочий простір.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="212"/>
        <source>Open or create a workspace (Workspace ▸ New workspace…), then import the file into it (Records ▸ Import mine map…).</source>
        <translation>Відкрийте або створіть робочий простір (Робочий простір ▸ Новий робочий простір…), потім імпортуйте до нього файл (Формуляри ▸ Імпорт карти мін…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="214"/>
        <source>A workspace is a GeoPackage made by ClearGround: create one (Workspace ▸ New workspace…).</source>
        <translation>Робочий простір — це GeoPackage, створений ClearGround: створіть його (Робочий простір ▸ Новий робочий простір…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="221"/>
        <source>{name} is an empty GeoPackage, not a ClearGround workspace. Create a workspace instead (Workspace ▸ New workspace…).</source>
        <translation>{name} — порожній GeoPackage, а не робочий простір ClearGround. Натомість створіть робочий простір (Робочий простір ▸ Новий робочий простір…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="225"/>
        <source>{layers} and {count} more</source>
        <translation>{layers} та ще {count}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="226"/>
        <source>{name} is a GeoPackage with the layers {layers}, not a ClearGround workspace. To use its mine maps, open or create a workspace (Workspace ▸ New workspace…) and import them into it (Records ▸ Import mine map…); the file is left as it is.</source>
        <translation>{name} — GeoPackage із шарами {layers}, а не робочий простір ClearGround. Щоб використати його карти мін, відкрийте або створіть робочий простір (Робочий простір ▸ Новий робочий простір…) та імпортуйте їх до нього (Формуляри ▸ Імпорт карти мін…); файл залишається без змін.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="235"/>
        <source>{name} is damaged: the layer {layer} is missing.</source>
        <translation>{name} пошкоджено: відсутній шар {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="239"/>
        <source>{name} is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>{name} пошкоджено: у шарі {layer} немає поля (полів) {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="244"/>
        <source>{name} is read-only. ClearGround writes to its workspace (marking, audit log): copy it to a folder where you can write, or change its permissions.</source>
        <translation>{name} доступний лише для читання. ClearGround записує до робочої області (позначки, журнал аудиту): скопіюйте її до теки з правом запису або змініть права доступу.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="287"/>
        <source>{name} was left unchanged: {error}</source>
        <translation>{name} залишено без змін: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="295"/>
        <source>the disk is full; free some space, or choose another folder</source>
        <translation>диск заповнено; звільніть місце або виберіть іншу теку</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="297"/>
        <source>the folder cannot be written ({error}); choose another folder</source>
        <translation>у теку не можна записувати ({error}); виберіть іншу теку</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="302"/>
        <source>{kind} without a message; check the folder's free space and permissions</source>
        <translation>{kind} без повідомлення; перевірте вільне місце та права доступу до теки</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="359"/>
        <source>The field {field} could not be added to {layer}.</source>
        <translation>Не вдалося додати поле {field} до {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="133"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>Не вдається відкрити {name} для запису: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="141"/>
        <source>{name} is being written by another program (it stayed locked for {seconds:g} s); nothing was written. Save or close the edits elsewhere, then try again.</source>
        <translation>{name} записується іншою програмою (файл був заблокований {seconds:g} с); нічого не записано. Збережіть або закрийте правки в іншому місці й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="153"/>
        <source>{name} was left unchanged: the database refused the write ({error}).</source>
        <translation>{name} залишено без змін: база даних відхилила запис ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="253"/>
        <location filename="../workspace/pg_store.py" line="251"/>
        <source>Sector {sector} was not saved: {error}</source>
        <translation>Сектор {sector} не збережено: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="260"/>
        <location filename="../workspace/pg_store.py" line="188"/>
        <source>Sector {sector} no longer exists in the workspace.</source>
        <translation>Сектора {sector} більше немає в робочій області.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="28"/>
        <source>No workspace was given.</source>
        <translation>Робочу область не вказано.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="38"/>
        <source>&quot;{value}&quot; is neither a GeoPackage workspace (a .gpkg file) nor a QGIS PostgreSQL connection (postgres:CONNECTION/SCHEMA). The connections are: {names}.</source>
        <translation>«{value}» не є ні робочою областю GeoPackage (файл .gpkg), ні підключенням PostgreSQL у QGIS (postgres:CONNECTION/SCHEMA). Підключення: {names}.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="45"/>
        <source>The QGIS connection &quot;{name}&quot; reaches {count} workspaces ({schemas}); name one: postgres:{name}/SCHEMA.</source>
        <translation>Підключення QGIS «{name}» веде до робочих областей ({count}: {schemas}); вкажіть одну: postgres:{name}/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="51"/>
        <source>{path} cannot be created.</source>
        <translation>Неможливо створити {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="125"/>
        <source>{path} holds no ClearGround field package (a folder with one package GeoPackage).</source>
        <translation>{path} не містить польового пакета ClearGround (теки з одним GeoPackage пакета).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="126"/>
        <source>{path} holds {count} field packages; name the GeoPackage.</source>
        <translation>{path} містить польових пакетів: {count}; вкажіть GeoPackage.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="130"/>
        <source>{path}: no such file or folder.</source>
        <translation>{path}: немає такого файлу або теки.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="132"/>
        <source>{path} is not a ClearGround field package (no {table} table naming one).</source>
        <translation>{path} не є польовим пакетом ClearGround (немає таблиці {table}, яка б його визначала).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="181"/>
        <source>The field package lacks its layer {layer}.</source>
        <translation>У польовому пакеті немає його шару {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="48"/>
        <source>You may not make this change in the workspace &quot;{name}&quot; ({error}); nothing was written. Ask its administrator for the role it needs.</source>
        <translation>Ви не можете внести цю зміну в робочу область «{name}» ({error}); нічого не записано. Попросіть її адміністратора про потрібну роль.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="56"/>
        <source>The workspace &quot;{name}&quot; was left unchanged: the database refused the write ({error}).</source>
        <translation>Робочу область «{name}» залишено без змін: база даних відхилила запис ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="73"/>
        <source>Cannot connect to the workspace &quot;{name}&quot;: {error}</source>
        <translation>Не вдається підключитися до робочої області «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="99"/>
        <location filename="../workspace/writer.py" line="530"/>
        <source>Writing was cancelled; the workspace was left unchanged.</source>
        <translation>Запис скасовано; робочу область залишено без змін.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="240"/>
        <source>Marking cannot change the sector field(s) {fields}.</source>
        <translation>Позначення не може змінювати поля сектора {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="51"/>
        <source>PostgreSQL workspaces need the Python package psycopg2, which this QGIS lacks. Install python3-psycopg2 (Debian/Ubuntu) or 'pip install psycopg2-binary' in the OSGeo4W shell.</source>
        <translation>Для робочих областей PostgreSQL потрібен пакет Python psycopg2, якого немає в цій QGIS. Встановіть python3-psycopg2 (Debian/Ubuntu) або виконайте 'pip install psycopg2-binary' в оболонці OSGeo4W.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="84"/>
        <source>The workspace &quot;{schema}&quot; was not opened through a QGIS connection; algorithms reach a PostGIS workspace by its connection's name.</source>
        <translation>Робочу область «{schema}» відкрито не через підключення QGIS; алгоритми звертаються до робочої області PostGIS за назвою підключення.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="155"/>
        <source>The workspace could not be created in schema &quot;{schema}&quot;</source>
        <translation>Не вдалося створити робочу область у схемі «{schema}»</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="167"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is already a ClearGround workspace: open it instead.</source>
        <translation>Схема PostgreSQL «{schema}» уже є робочою областю ClearGround: відкрийте її.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="175"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; already holds tables; ClearGround never writes into them. Choose a new schema name.</source>
        <translation>У схемі PostgreSQL «{schema}» уже є таблиці; ClearGround ніколи не пише в них. Виберіть нову назву схеми.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="192"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>Схема PostgreSQL «{schema}» — робоча область схеми v{version}; перед використанням її треба оновити до v{current}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="239"/>
        <source>The workspace in schema &quot;{schema}&quot; was left unchanged</source>
        <translation>Робочу область у схемі «{schema}» залишено без змін</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="250"/>
        <location filename="../workspace/postgis.py" line="505"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; does not exist.</source>
        <translation>Схема PostgreSQL «{schema}» не існує.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="255"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; holds the tables {tables}, not a ClearGround workspace.</source>
        <translation>Схема PostgreSQL &quot;{schema}&quot; містить таблиці {tables}, а не робочий простір ClearGround.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="258"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is empty, not a ClearGround workspace.</source>
        <translation>Схема PostgreSQL &quot;{schema}&quot; порожня, це не робочий простір ClearGround.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="260"/>
        <source>Choose the schema of a workspace, or make one: open a GeoPackage workspace and copy it there (Workspace ▸ Copy to PostGIS…); this schema is left as it is.</source>
        <translation>Виберіть схему робочого простору або створіть її: відкрийте робочий простір GeoPackage і скопіюйте його туди (Робочий простір ▸ Копіювати в PostGIS…); ця схема залишається без змін.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="269"/>
        <source>The schema &quot;{schema}&quot; cannot be read</source>
        <translation>Схему «{schema}» не вдається прочитати</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="296"/>
        <source>Give the PostgreSQL schema of the workspace a name.</source>
        <translation>Задайте назву схеми PostgreSQL для робочої області.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="298"/>
        <source>The schema name &quot;{schema}&quot; is too long: PostgreSQL names hold at most 63 bytes.</source>
        <translation>Назва схеми «{schema}» задовга: назви PostgreSQL не довші за 63 байти.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="302"/>
        <source>A schema name cannot contain a NUL character.</source>
        <translation>Назва схеми не може містити символ NUL.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="309"/>
        <source>PostGIS is not installed in the database &quot;{database}&quot;. Ask its administrator to run CREATE EXTENSION postgis; in it.</source>
        <translation>У базі даних «{database}» не встановлено PostGIS. Попросіть її адміністратора виконати в ній CREATE EXTENSION postgis;.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="343"/>
        <source>The schema &quot;{schema}&quot;: {meta} has no valid schema_version.</source>
        <translation>Схема «{schema}»: у {meta} немає коректного schema_version.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="349"/>
        <source>The workspace in schema &quot;{schema}&quot; was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>Робочу область у схемі «{schema}» створено новішою версією ClearGround (схема v{version}); ця версія читає схеми до v{current}. Оновіть модуль, щоб відкрити її.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="363"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} is missing.</source>
        <translation>Робоча область у схемі «{schema}» пошкоджена: немає шару {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="367"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>Робоча область у схемі «{schema}» пошкоджена: у шарі {layer} немає полів {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="444"/>
        <source>The roles of workspace &quot;{schema}&quot; could not be set up</source>
        <translation>Не вдалося налаштувати ролі робочої області «{schema}»</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="484"/>
        <source>You ({user}) have no access to the workspace &quot;{schema}&quot;. Ask its administrator for the reader or editor role.</source>
        <translation>Ви ({user}) не маєте доступу до робочої області «{schema}». Попросіть її адміністратора надати роль читача або редактора.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="489"/>
        <source>You ({user}) can read the workspace &quot;{schema}&quot; but not change it: marking sectors, triage of discrepancies and imports are disabled. Ask its administrator for the editor role.</source>
        <translation>Ви ({user}) можете читати робочу область «{schema}», але не змінювати її: позначення секторів, розгляд розбіжностей та імпорт вимкнено. Попросіть її адміністратора надати роль редактора.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="559"/>
        <location filename="../workspace/store.py" line="48"/>
        <source>Sector {sector} was changed by {user} at {time}; reload it and try again.</source>
        <translation>Сектор {sector} змінено користувачем {user} о {time}; перезавантажте його й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="661"/>
        <source>There is no PostgreSQL connection called &quot;{name}&quot; in QGIS.</source>
        <translation>У QGIS немає підключення PostgreSQL з назвою «{name}».</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="717"/>
        <source>Cannot list the workspaces of the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>Не вдається отримати список робочих областей підключення QGIS «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="746"/>
        <source>Cannot connect with the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>Не вдається підключитися через підключення QGIS «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Reduced</source>
        <translation>Скорочено</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>High severity</source>
        <translation>Висока важливість</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Medium severity</source>
        <translation>Середня важливість</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Low severity</source>
        <translation>Низька важливість</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Підтверджена (ПдНТ)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Suspected (SHA)</source>
        <translation>Підозріла (ПНТ)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Submunition</source>
        <translation>Суббоєприпас</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="248"/>
        <source>None</source>
        <translation>Немає</translation>
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
        <translation>Розбіжність</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="384"/>
        <source>{path} is not a layout template (.qpt).</source>
        <translation>{path} не є шаблоном макета (.qpt).</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="387"/>
        <source>{path} could not be read as a layout template.</source>
        <translation>{path} не вдалося прочитати як шаблон макета.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="389"/>
        <source>The template {path} has no map item with the id 'map'.</source>
        <translation>У шаблоні {path} немає елемента карти з ідентифікатором 'map'.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="471"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>Не вдалося записати PDF до {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="477"/>
        <source>The template could not be written to {path}.</source>
        <translation>Не вдалося записати шаблон до {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="94"/>
        <source>The layer {layer} lacks the field(s) {fields}.</source>
        <translation>У шарі {layer} немає полів {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="103"/>
        <source>Sectors {fids} are not in the layer {layer}.</source>
        <translation>Секторів {fids} немає в шарі {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="124"/>
        <source>Mark {count} sector(s) {status}</source>
        <translation>Позначити сектори ({count}) як {status}</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="130"/>
        <source>Sector {fid} could not be changed.</source>
        <translation>Не вдалося змінити сектор {fid}.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="221"/>
        <source>The audit rows of {layer} could not be prepared: {error}</source>
        <translation>Не вдалося підготувати записи журналу змін для {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="248"/>
        <source>No audit_log beside {layer}: {count} audit rows were not written.</source>
        <translation>Поруч із шаром {layer} немає audit_log: {count} записів журналу змін не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="81"/>
        <source>column {column} holds a NUL character (shown as ␀ in the raw text), which cannot be stored; remove it from the file</source>
        <translation>у стовпці {column} є символ NUL (у вихідному тексті показано як ␀), який не можна зберегти; видаліть його з файлу</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="85"/>
        <source>column {column} holds {count} characters; at most {limit} are accepted</source>
        <translation>у стовпці {column} символів: {count}; допускається не більше {limit}</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="91"/>
        <source>{count} values for {width} columns: a decimal comma without quotes, or a stray separator? Quote such values or use another separator</source>
        <translation>{count} значень на {width} стовпців: десяткова кома без лапок чи зайвий роздільник? Візьміть такі значення в лапки або використайте інший роздільник</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="143"/>
        <location filename="../workspace/sources.py" line="196"/>
        <source>{name} is empty</source>
        <translation>{name} порожній</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="284"/>
        <source>{name} has no rows</source>
        <translation>у {name} немає рядків</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="323"/>
        <source>{name}: read the sheets {sheets} ({count} rows); row numbers are each sheet's own, the sheet is named in each row's raw text.</source>
        <translation>{name}: прочитано аркуші {sheets} (рядків: {count}); номери рядків — власні для кожного аркуша, аркуш зазначено у вихідному тексті кожного рядка.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="362"/>
        <source>{name} is not a file ClearGround can read</source>
        <translation>{name} — не файл, який може прочитати ClearGround</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="366"/>
        <source>{name} has no features</source>
        <translation>у {name} немає об’єктів</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="435"/>
        <source>{name} keeps its fields in ExtendedData, which this GDAL ({version}) does not read: imported so, every field would be lost. Convert it to GeoPackage or GeoJSON (in QGIS or with ogr2ogr on a GDAL with LIBKML) and import that</source>
        <translation>{name} зберігає свої поля в ExtendedData, які цей GDAL ({version}) не читає: за такого імпорту всі поля було б втрачено. Перетворіть його на GeoPackage або GeoJSON (у QGIS або за допомогою ogr2ogr на GDAL з LIBKML) та імпортуйте результат</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="469"/>
        <source>column {column} is not {encoding} text</source>
        <translation>стовпець {column} не є текстом у {encoding}</translation>
    </message>
    <message>
        <location filename="../workspace/store.py" line="50"/>
        <source>Sector {sector} was changed since it was read (now version {version}); reload it and try again.</source>
        <translation>Сектор {sector} змінено після читання (тепер версія {version}); перезавантажте його й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="101"/>
        <source>{name} is a schema v{version} workspace: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>{name} — робоча область схеми v{version}: один раз відкрийте її в ClearGround (це її оновить), потім копіюйте.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="127"/>
        <location filename="../workspace/transfer.py" line="372"/>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Копіювання скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="141"/>
        <source>{name} was not copied into schema &quot;{schema}&quot; (nothing was written): {error}</source>
        <translation>{name} не скопійовано до схеми «{schema}» (нічого не записано): {error}</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="179"/>
        <source>A geometry in the GeoPackage is not in GeoPackage format.</source>
        <translation>Одна з геометрій у GeoPackage записана не у форматі GeoPackage.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="256"/>
        <location filename="../workspace/transfer.py" line="322"/>
        <source>The field {layer}.{field} has a type that cannot be copied ({type}).</source>
        <translation>Поле {layer}.{field} має тип, який не можна скопіювати ({type}).</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="285"/>
        <source>{path} already exists. Choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} уже існує. Виберіть іншу назву: ClearGround ніколи не перезаписує файли.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="291"/>
        <source>The workspace in schema &quot;{schema}&quot; is schema v{version}: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>Робоча область у схемі «{schema}» має схему v{version}: один раз відкрийте її в ClearGround (це її оновить), потім копіюйте.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="180"/>
        <source>There is no workspace layer named {name}; the layers are {layers}.</source>
        <translation>У робочій області немає шару з назвою {name}; є шари: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="185"/>
        <source>{layer}: no field named {names}; the fields are {fields}.</source>
        <translation>{layer}: немає поля з назвою {names}; є поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="192"/>
        <source>{layer}: the columns differ in length ({lengths}).</source>
        <translation>{layer}: стовпці різної довжини ({lengths}).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="201"/>
        <source>{layer}: the field {field} is required and no column was given.</source>
        <translation>{layer}: поле {field} обов’язкове, але стовпець для нього не передано.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="231"/>
        <source>{layer} row {row} ({key} {value})</source>
        <translation>{layer}, рядок {row} ({key} {value})</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="233"/>
        <source>{layer} row {row}</source>
        <translation>{layer}, рядок {row}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="240"/>
        <source>{where}: {problem} ({count} rows in all).</source>
        <translation>{where}: {problem} (усього рядків: {count}).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="242"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="404"/>
        <source>{field} {value} is not an integer</source>
        <translation>{field} {value} не є цілим числом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="406"/>
        <source>{field} {value} is not a number</source>
        <translation>{field} {value} не є числом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="408"/>
        <source>{field} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field} {value} не є датою (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="410"/>
        <source>{field} {value} is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>{field} {value} не є датою й часом (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="412"/>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} не є текстом</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="425"/>
        <source>{field} {value} is not one of {allowed}</source>
        <translation>{field} {value} не є одним із {allowed}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="437"/>
        <source>{field} is empty; it is required</source>
        <translation>поле {field} не заповнено; це обов’язкове поле</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="453"/>
        <source>{layer} rows {first} and {second} have the same {field} {value}; it must be unique.</source>
        <translation>{layer}, рядки {first} і {second}: однакове значення {field} {value}; воно має бути унікальним.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="462"/>
        <source>{layer} is a table without geometry; no geometries can be written to it.</source>
        <translation>{layer} — таблиця без геометрії; записати до неї геометрію не можна.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="467"/>
        <source>{layer}: no geometries were given; the layer holds {geometry}s.</source>
        <translation>{layer}: геометрію не передано; шар містить об’єкти типу {geometry}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="472"/>
        <source>{layer} holds {geometry}s; coordinates make points only.</source>
        <translation>Шар {layer} містить об’єкти типу {geometry}; з координат утворюються лише точки.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="477"/>
        <location filename="../workspace/writer.py" line="482"/>
        <source>the geometry is missing or empty</source>
        <translation>геометрія відсутня або порожня</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="489"/>
        <source>the geometry is a {found}; the layer holds {geometry}s</source>
        <translation>геометрія типу {found}, а шар містить об’єкти типу {geometry}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="508"/>
        <source>the coordinates are not longitude/latitude; geometries must be in EPSG:4326</source>
        <translation>координати не є довготою/широтою; геометрія має бути в EPSG:4326</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="550"/>
        <source>The workspace has no layer {layer}; nothing was written.</source>
        <translation>У робочій області немає шару {layer}; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="597"/>
        <source>The workspace layer {layer} lacks the field {field}.</source>
        <translation>У шарі {layer} робочої області немає поля {field}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="628"/>
        <source>{where} could not be written (failed to execute insert : {error}); nothing was written, the workspace is unchanged.</source>
        <translation>{where}: не вдалося записати (помилка під час виконання вставлення: {error}); нічого не записано, робочу область не змінено.</translation>
    </message>
    <message>
        <source>{id}: too few finds to fit it</source>
        <translation type="obsolete">{id}: замало знахідок для припасування</translation>
    </message>
    <message>
        <source>(no uuid)</source>
        <translation type="obsolete">(немає uuid)</translation>
    </message>
    <message>
        <source>The find has no uuid; not merged.</source>
        <translation type="obsolete">Знахідка не має uuid; не об’єднано.</translation>
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
        <translation type="obsolete">Порівнює формуляри мінних полів (і міни за формулярами) зі знахідками та секторами й позначає, де вони розходяться:
- find_outside_records: знахідки AP/AT далі ніж PERIMETER_BUFFER метрів від усіх формулярів, згруповані в скупчення (одна позначка на скупчення: кількість мін в observed, ідентифікатори знахідок у find_id);
- missing_mines / surplus_mines: кількість мін за формуляром і знайдених за категоріями для формулярів, площу яких очищено щонайменше на MIN_CLEARED відсотків (потрібні SECTORS);
- type_mismatch: знайдені категорії або типи, яких немає у формулярі;
- unmatched_recorded_mine: міна за формуляром в очищеному секторі без знахідки в межах TOLERANCE метрів (з урахуванням зсуву формуляра, якщо його встановлено);
- systematic_offset: формуляр, знахідки якого значно краще збігаються з його мінами після одного зсуву, повороту й масштабування, підібраних стійким методом; якщо в тексті raw формуляра є хід, перевіряються також поділки кутоміра, прочитані як натівські тисячні (і навпаки), і хибне або невраховане магнітне схилення;
- post_clearance_find: знахідка з датою, пізнішою за вивільнення її сектора.

Усі відстані в метрах (поперечна проєкція Меркатора з центром у даних, геодезично для повідомлюваних зсувів). Знахідки зіставляються з мінами за формулярами один до одного, починаючи з найближчих, у межах однієї категорії. Знахідка, що лежить на міні іншого формуляра в тому вигляді, як його нанесено, — свідчення на користь того формуляра, а не привід зсувати цей.

Додатково: SEARCH_RADIUS — найбільший шуканий зсув формуляра (типово 200 м); MAX_ROTATION (типово 12 градусів); DECLINATION — магнітне схилення, що перевіряється, якщо в ході його могло бути не враховано (типово 6 градусів на схід).

Результати: OUTPUT — позначки (поля шару розбіжностей), упорядковані за важливістю та розміром; OUTPUT_OFFSETS — по рядку на кожен формуляр зі знахідками поруч: dx_m (на схід) і dy_m (на північ) центроїда формуляра, rotation_deg (за годинниковою стрілкою навколо центроїда), scale, rms_before_m, rms_after_m, matches і status: fitted, ambiguous (інше перетворення, runner_up_dx_m / runner_up_dy_m, пояснює докази майже так само: рядне поле, що розчищається з одного боку, сходиться зі своїми знахідками і зі зсувом на один ряд чи на один крок мін) або too_few_finds; confidence = 1 − докази другого / докази найкращого (докази: пояснені знахідки за вирахуванням непояснених знахідок усередині зсунутого формуляра і мін, що потрапили на розчищену землю, де нічого не знайшли); найкращий має виграти на 3, щоб вважатися fitted. clearground:correctrecord застосовує fitted. OUTPUT_LINKS (необов'язково): лінія від кожної зіставленої знахідки до місця, де формуляр поставив міну. Рядки, які не можна використати, перелічено в журналі з ідентифікатором об'єкта та полем.</translation>
    </message>
</context>
</TS>
