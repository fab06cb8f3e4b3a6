<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>ClearGround</name>
    <message>
        <location filename="../core/angles.py" line="86"/>
        <source>{what} is empty</source>
        <translation>{what} boşdur</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="88"/>
        <location filename="../core/traverse.py" line="292"/>
        <source>unit '{unit}' is not one of deg, mil6400, mil6000</source>
        <translation>'{unit}' vahidi deg, mil6400, mil6000 vahidlərindən biri deyil</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="92"/>
        <source>{what} '{text}' is written in Soviet mils (12-50 form) but the unit is {unit}</source>
        <translation>{what}: '{text}' bucaqölçən bölgüləri ilə (sovet yazılışı, 12-50 forması) yazılıb, lakin vahid kimi {unit} göstərilib</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="101"/>
        <location filename="../core/traverse.py" line="175"/>
        <source>{what} '{text}' is not a number</source>
        <translation>{what}: '{text}' ədəd deyil</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="103"/>
        <source>{what} '{text}' is written in degrees but the unit is {unit}</source>
        <translation>{what}: '{text}' dərəcə ilə yazılıb, lakin vahid kimi {unit} göstərilib</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="107"/>
        <source>{what} '{text}' has minutes or seconds of 60 or more</source>
        <translation>{what}: '{text}' dəqiqələri və ya saniyələri 60 və ya daha çoxdur</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="110"/>
        <source>{what} '{text}' is outside 0-{full:g} {unit}</source>
        <translation>{what}: '{text}' 0-{full:g} {unit} aralığından kənardadır</translation>
    </message>
    <message>
        <location filename="../core/angles.py" line="134"/>
        <location filename="../core/traverse.py" line="300"/>
        <source>north '{north}' is not one of grid, true, magnetic</source>
        <translation>şimal istiqaməti '{north}' grid (koordinat şəbəkəsi), true (həqiqi), magnetic (maqnit) qiymətlərindən biri olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>decimal degrees</source>
        <translation>onluq dərəcələr</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="39"/>
        <source>degrees, minutes and seconds</source>
        <translation>dərəcə, dəqiqə və saniyə</translation>
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
        <translation>SK-42 Gauss-Kryuger</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="40"/>
        <source>projected x y</source>
        <translation>proyeksiya x y</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="64"/>
        <source>columns {columns} all look like {target}; {chosen} was taken: choose in the field mapping (e.g. {target}={other})</source>
        <translation>{columns} sütunlarının hamısı {target} kimi görünür; {chosen} götürüldü: sahə uyğunlaşdırmasında seçin (məs. {target}={other})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="161"/>
        <location filename="../core/report_columns.py" line="71"/>
        <location filename="../core/report_columns.py" line="80"/>
        <source>by its name '{column}'</source>
        <translation>'{column}' adına görə</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="166"/>
        <source>by its name '{column}' and its values: {why}</source>
        <translation>'{column}' adına və dəyərlərinə görə: {why}</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="201"/>
        <source>{n} of {total} values are device categories ({examples})</source>
        <translation>{total} dəyərdən {n} partlayıcı qurğu kateqoriyasıdır ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="206"/>
        <source>{n} of {total} values are known mine models ({examples})</source>
        <translation>{total} dəyərdən {n} məlum mina modelidir ({examples})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="211"/>
        <source>{n} of {total} values are point kinds</source>
        <translation>{total} dəyərdən {n} nöqtə növüdür</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="215"/>
        <source>{n} of {total} values are dates</source>
        <translation>{total} dəyərdən {n} tarixdir</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="221"/>
        <source>{n} of {total} values are coordinates ({notations})</source>
        <translation>{total} dəyərdən {n} koordinatdır ({notations})</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="227"/>
        <source>{n} of {total} values read as a {axis}</source>
        <translation>{total} dəyərdən {n} {axis} kimi oxunur</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="248"/>
        <source>its values repeat in runs ({distinct} values in {runs} runs over {n} rows)</source>
        <translation>onun dəyərləri ardıcıl təkrarlanır ({n} sətirdə {runs} seriyada {distinct} dəyər)</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="266"/>
        <source>small whole numbers, none repeated within a record</source>
        <translation>qeyd daxilində təkrarlanmayan kiçik tam ədədlər</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="267"/>
        <source>small whole numbers, none repeated</source>
        <translation>təkrarlanmayan kiçik tam ədədlər</translation>
    </message>
    <message>
        <location filename="../core/columns.py" line="290"/>
        <source>its values do not repeat in runs, and those of '{rival}' do</source>
        <translation>onun dəyərləri ardıcıl təkrarlanmır, '{rival}' sütununun dəyərləri isə təkrarlanır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="91"/>
        <source>the coordinate is empty</source>
        <translation>koordinat boşdur</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="106"/>
        <source>UTM zone {zone} in '{text}' is not 1-60</source>
        <translation>'{text}' içindəki UTM zonası {zone} 1-60 aralığında deyil</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="112"/>
        <source>'{text}' needs one easting (E) and one northing (N)</source>
        <translation>'{text}' bir şərq (E) və bir şimal (N) koordinatı tələb edir</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="115"/>
        <source>UTM easting {value:,.0f} m in '{text}' is outside a zone (100,000-900,000 m)</source>
        <translation>'{text}' mətnində UTM şərq koordinatı {value:,.0f} m zonadan kənardadır (100,000-900,000 m)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="118"/>
        <source>UTM northing {value:,.0f} m in '{text}' is outside 0-10,000,000 m</source>
        <translation>'{text}' mətnində UTM şimal koordinatı {value:,.0f} m 0-10,000,000 m aralığından kənardadır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="138"/>
        <source>'{text}' needs a latitude band or a hemisphere after the zone (e.g. 38T, 38 north)</source>
        <translation>'{text}' zonadan sonra enlik zolağı və ya yarımkürə tələb edir (məs. 38T, 38 north)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="151"/>
        <source>'{zone}N' read as zone {zone} north (band N would be 0°-8°N)</source>
        <translation>'{zone}N' {zone} şimal zonası kimi oxundu (N zolağı 0°-8°N olardı)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="154"/>
        <source>'{zone}S' read as zone {zone} south, not band S (32°N-40°N)</source>
        <translation>'{zone}S' S zolağı (32°N-40°N) deyil, {zone} cənub zonası kimi oxundu</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="162"/>
        <source>'{text}': band {band} covers {low}-{high} but the northing lies near {lat}; check the band letter (or write the hemisphere: {zone} north / {zone} south)</source>
        <translation>'{text}': {band} zolağı {low}-{high} aralığını əhatə edir, amma şimal koordinatı {lat} yaxınlığındadır; zolaq hərfini yoxlayın (və ya yarımkürəni yazın: {zone} north / {zone} south)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="182"/>
        <source>'{text}' needs one X and one Y</source>
        <translation>'{text}' bir X və bir Y tələb edir</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="188"/>
        <source>SK-42 '{text}': Y has no zone number in front (zone 8 is written 8612345) and no Gauss-Kruger CRS is given</source>
        <translation>SK-42 '{text}': Y-in əvvəlində zona nömrəsi yoxdur (8-ci zona 8612345 kimi yazılır) və Qauss-Krüger koordinat sistemi göstərilməyib</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="192"/>
        <source>SK-42 '{text}': Y says zone {zone} but the CRS is zone {given}</source>
        <translation>SK-42 '{text}': Y {zone} zonasını göstərir, lakin koordinat sistemi {given} zonasıdır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="195"/>
        <source>SK-42 '{text}': Gauss-Kruger zone {zone} is not supported (4-32)</source>
        <translation>SK-42 '{text}': Qauss-Krüger zonası {zone} dəstəklənmir (4-32)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="212"/>
        <source>'{text}' is not a coordinate in any known notation (decimal degrees, DMS, UTM, MGRS, SK-42)</source>
        <translation>'{text}' heç bir məlum yazılışda koordinat deyil (onluq dərəcə, DMS, UTM, MGRS, SK-42)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="216"/>
        <location filename="../core/geotext.py" line="146"/>
        <location filename="../core/geotext.py" line="180"/>
        <location filename="../core/geotext.py" line="195"/>
        <source>'{text}' does not split into a latitude and a longitude</source>
        <translation>'{text}' en və uzunluq dairəsinə ayrılmır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="226"/>
        <source>'{text}' gives two latitudes or two longitudes</source>
        <translation>'{text}' iki en dairəsi və ya iki uzunluq dairəsi verir</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="240"/>
        <source>'{text}' is outside the range of latitude/longitude</source>
        <translation>'{text}' en/uzunluq dairəsi aralığından kənardadır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="245"/>
        <source>latitude and longitude were swapped ({value:g} cannot be a latitude)</source>
        <translation>en və uzunluq dairələrinin yerləri dəyişdirilib ({value:g} en dairəsi ola bilməz)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="247"/>
        <source>{value:g} cannot be a latitude; read the other way round</source>
        <translation>{value:g} enlik ola bilməz; tərsinə oxundu</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="252"/>
        <source>read longitude first (latitude first would not fit the other points)</source>
        <translation>əvvəl uzunluq oxundu (əvvəl enlik digər nöqtələrə uyğun gəlməzdi)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="258"/>
        <source>'{text}' looks like projected coordinates but no projected CRS is given (write the zone, e.g. '38T 612345 4432100', or set the CRS)</source>
        <translation>'{text}' proyeksiya koordinatlarına bənzəyir, lakin proyeksiya koordinat sistemi göstərilməyib (zonanı yazın, məsələn '38T 612345 4432100', və ya koordinat sistemini təyin edin)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="262"/>
        <source>read as X (northing) then Y (easting), the Gauss-Kruger order</source>
        <translation>Qauss-Krüger qaydası ilə oxundu: əvvəl X (şimal), sonra Y (şərq)</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="280"/>
        <source>the {axis} is empty</source>
        <translation>{axis} boşdur</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="284"/>
        <source>{axis} {reason}</source>
        <translation>{axis}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="287"/>
        <source>{axis} '{text}' is not a number</source>
        <translation>{axis} '{text}' ədəd deyil</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="290"/>
        <source>{axis} '{text}' has the hemisphere letter of the other axis</source>
        <translation>{axis} '{text}' digər oxun yarımkürə hərfini daşıyır</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="296"/>
        <location filename="../core/geotext.py" line="268"/>
        <source>latitude</source>
        <translation>en dairəsi</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="296"/>
        <location filename="../core/geotext.py" line="268"/>
        <source>longitude</source>
        <translation>uzunluq dairəsi</translation>
    </message>
    <message>
        <location filename="../core/coords.py" line="384"/>
        <source>'{text}' does not lie in {crs}'s area; it cannot be projected</source>
        <translation>'{text}' {crs} koordinat sisteminin tətbiq sahəsində deyil; proyeksiya etmək mümkün deyil</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as DATUM_TRANSFORM asks</source>
        <translation>DATUM_TRANSFORM tələb etdiyi kimi</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="46"/>
        <source>as the project's transformations say</source>
        <translation>layihənin çevirmə ayarlarına görə</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="47"/>
        <source>the most local one for the area of the points</source>
        <translation>nöqtələrin ərazisi üçün ən yerli olan</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="49"/>
        <source>, accurate to {m:g} m</source>
        <translation>, dəqiqliyi {m:g} m</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="50"/>
        <source>{crs} converted to WGS 84 by {name}{code}{accuracy}, {how}; every point of the import by the same one</source>
        <translation>{crs} WGS 84-ə {name}{code}{accuracy} ilə çevrildi, {how}; idxalın bütün nöqtələri eyni çevirmə ilə</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="81"/>
        <source>{n} points in {crs} lie outside the area of use of {name}; give DATUM_TRANSFORM if another transformation fits them better</source>
        <translation>{crs} sistemində {n} nöqtə {name} çevirməsinin istifadə ərazisindən kənardadır; başqa çevirmə daha uyğundursa, DATUM_TRANSFORM verin</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="92"/>
        <source>the PROJ pipeline given</source>
        <translation>verilmiş PROJ konveyeri</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="94"/>
        <source>the project's transformation</source>
        <translation>layihənin çevirməsi</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="103"/>
        <source>DATUM_TRANSFORM {code} is not a transformation from {crs} to WGS 84; these are: {known}</source>
        <translation>DATUM_TRANSFORM {code} {crs}-dən WGS 84-ə çevirmə deyil; bunlardır: {known}</translation>
    </message>
    <message>
        <location filename="../core/datum.py" line="106"/>
        <source>PROJ knows no transformation from {crs} to WGS 84</source>
        <translation>PROJ {crs}-dən WGS 84-ə çevirmə bilmir</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="532"/>
        <source>the record as plotted</source>
        <translation>formulyar çəkildiyi kimi</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="533"/>
        <source>Soviet mils (6000) read as NATO mils (6400)</source>
        <translation>sovet bucaqölçən bölgüləri (6000) NATO mil bölgüləri (6400) kimi oxunub</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="534"/>
        <source>NATO mils (6400) read as Soviet mils (6000)</source>
        <translation>NATO mil bölgüləri (6400) sovet bucaqölçən bölgüləri (6000) kimi oxunub</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="535"/>
        <source>magnetic declination applied with the wrong sign</source>
        <translation>maqnit meyli əks işarə ilə tətbiq edilib</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="536"/>
        <source>magnetic declination not applied</source>
        <translation>maqnit meyli nəzərə alınmayıb</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="559"/>
        <source>no record id</source>
        <translation>formulyar identifikatoru yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="562"/>
        <source>record id {id} appears twice; the first is used</source>
        <translation>{id} formulyar identifikatoru iki dəfə var; birincisi istifadə olunur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="569"/>
        <source>record {id} has no perimeter; only its mines are used</source>
        <translation>{id} formulyarının perimetri yoxdur; yalnız onun minaları istifadə olunur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="606"/>
        <source>record id {id} is not among the records</source>
        <translation>{id} formulyar identifikatoru formulyarlar arasında yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="609"/>
        <location filename="../core/field_sync.py" line="107"/>
        <source>no position</source>
        <translation>mövqe yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="611"/>
        <source>unknown category {value}</source>
        <translation>naməlum kateqoriya {value}</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="646"/>
        <source>find {id} has no position</source>
        <translation>{id} tapıntısının mövqeyi yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="648"/>
        <source>find {id}: unknown category {value}; used only for post-clearance checks</source>
        <translation>{id} tapıntısı: naməlum kateqoriya {value}; yalnız təmizləmədən sonrakı tapıntıların yoxlanmasında istifadə olunur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="672"/>
        <source>sector {id} has no geometry</source>
        <translation>{id} sektorunun həndəsəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="927"/>
        <source>Record {record}: its finds match its mines after moving it {shift:.1f} m towards {bearing:.0f}°, rotating it {rotation:+.2f}° and scaling it by {scale:.3f}: the error falls from {before:.1f} m to {after:.1f} m over {matches} mines. Search for its remaining mines where the transform puts them.</source>
        <translation>{record} formulyarı: onu {bearing:.0f}° istiqamətində {shift:.1f} m sürüşdürdükdə, {rotation:+.2f}° döndərdikdə və {scale:.3f} miqyasına gətirdikdə tapıntılar minalarla üst-üstə düşür: {matches} mina üzrə xəta {before:.1f} m-dən {after:.1f} m-ə enir. Qalan minaları bu çevirmənin göstərdiyi yerlərdə axtarın.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="947"/>
        <source>clearing sector {sector} decides</source>
        <translation>{sector} sektorunun təmizlənməsi həll edəcək</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="948"/>
        <source>more clearance next to the cleared ground decides</source>
        <translation>təmizlənmiş ərazinin yanında əlavə təmizləmə həll edəcək</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="949"/>
        <source>Record {record}: its finds fit its mines about equally well after moving it {shift:.1f} m towards {bearing:.0f}° or {rival_shift:.1f} m towards {rival_bearing:.0f}° (its rows repeat; evidence {best} against {runner}). No correction is made: {decides}.</source>
        <translation>{record} qeydi: tapıntılar onun minalarına təxminən eyni dərəcədə uyğun gəlir — onu {bearing:.0f}° istiqamətində {shift:.1f} m və ya {rival_bearing:.0f}° istiqamətində {rival_shift:.1f} m sürüşdürdükdə (cərgələri təkrarlanır; sübut {best} / {runner}). Düzəliş edilmir: {decides}.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="985"/>
        <source>Most likely cause: {cause} ({matches} finds within {tolerance:.0f} m, error {rms:.1f} m).</source>
        <translation>Ən ehtimal olunan səbəb: {cause} ({tolerance:.0f} m daxilində {matches} tapıntı, xəta {rms:.1f} m).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1095"/>
        <source>and there is no minefield record to compare with</source>
        <translation>və müqayisə üçün mina sahəsi formulyarı yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1097"/>
        <source>{distance:,.0f} m from the nearest minefield record ({record})</source>
        <translation>ən yaxın mina sahəsi formulyarından ({record}) {distance:,.0f} m aralıda</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1101"/>
        <source>Find {find}: {count} {category} mine(s) outside every minefield record, {where}: contamination no record describes.</source>
        <translation>{find} tapıntısı: bütün mina sahəsi formulyarlarından kənarda {count} {category} mina, {where}: heç bir formulyarda təsvir edilməyən çirklənmə.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1109"/>
        <source>{count} mines ({detail}) in {finds} finds outside every minefield record, {where}: contamination no record describes.</source>
        <translation>Bütün mina sahəsi formulyarlarından kənarda {finds} tapıntıda {count} mina ({detail}), {where}: heç bir formulyarda təsvir edilməyən çirklənmə.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1163"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {missing:,} unaccounted.</source>
        <translation>{record} formulyarı: {expected:,} {category} mina qeyd olunub, sahəsinin {percent}%-i təmizləndikdən sonra {observed:,} mina tapılıb: {missing:,} mina naməlum qalır.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1169"/>
        <source>Record {record}: {expected:,} {category} mines recorded, {observed:,} found after {percent}% of its area was cleared: {extra:,} more than recorded.</source>
        <translation>{record} formulyarı: {expected:,} {category} mina qeyd olunub, sahəsinin {percent}%-i təmizləndikdən sonra {observed:,} mina tapılıb: qeyd olunandan {extra:,} çox.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1181"/>
        <source>no category</source>
        <translation>kateqoriya yoxdur</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1185"/>
        <source>Record {record}: {observed:,} {category} mine(s) found, but the record mentions {listed} only.</source>
        <translation>{record} formulyarı: {observed:,} {category} mina tapılıb, lakin formulyarda yalnız {listed} göstərilib.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1202"/>
        <source>Record {record}: {observed:,} mine(s) of model {model} found, which the record does not list ({listed}).</source>
        <translation>{record} formulyarı: formulyarda göstərilməyən {model} modelli {observed:,} mina tapılıb (formulyarda: {listed}).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>mine</source>
        <translation>mina</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source> (where the record's offset puts it)</source>
        <translation> (formulyarın sürüşməsinin göstərdiyi yerdə)</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1216"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m.</source>
        <translation>{record} formulyarı, {mine} minası ({what}){moved}: təmizlənmiş {sector} sektorundadır, lakin {tolerance:.0f} m daxilində ona uyğun tapıntı yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1218"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m (the nearest find, {distance:,.1f} m away, matches another mine).</source>
        <translation>{record} formulyarı, {mine} minası ({what}){moved}: təmizlənmiş {sector} sektorundadır, lakin {tolerance:.0f} m daxilində ona uyğun tapıntı yoxdur ({distance:,.1f} m aralıdakı ən yaxın tapıntı başqa minaya uyğundur).</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1220"/>
        <source>Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it within {tolerance:.0f} m; the nearest find is {distance:,.1f} m away.</source>
        <translation>{record} formulyarı, {mine} minası ({what}){moved}: təmizlənmiş {sector} sektorundadır, lakin {tolerance:.0f} m daxilində ona uyğun tapıntı yoxdur; ən yaxın tapıntı {distance:,.1f} m aralıdadır.</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1279"/>
        <source>{count} find(s) have no date and cannot be checked for post-clearance finds</source>
        <translation>{count} tapıntının tarixi yoxdur və təmizləmədən sonrakı tapıntı kimi yoxlanıla bilməz</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1301"/>
        <source>item</source>
        <translation>sursat</translation>
    </message>
    <message>
        <location filename="../core/discrepancy.py" line="1302"/>
        <source>Find {find} ({what}) on {date} in sector {sector}, marked {status} on {status_date}: post-clearance find.</source>
        <translation>{find} tapıntısı ({what}) {date} tarixində {sector} sektorunda tapılıb; sektor {status_date} tarixində {status} kimi qeyd olunmuşdu: təmizləmədən sonrakı tapıntı.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="59"/>
        <source>ENCODING '{name}' is not an encoding this system knows (e.g. UTF-8, CP1251)</source>
        <translation>ENCODING '{name}' bu sistemin tanıdığı kodlaşdırma deyil (məs. UTF-8, CP1251)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="89"/>
        <source>{what} is not {encoding} text (byte {offset}); set ENCODING to the file's own encoding</source>
        <translation>{what} {encoding} mətni deyil (bayt {offset}); ENCODING-də faylın öz kodlaşdırmasını göstərin</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="97"/>
        <source>{what} starts as {encoding} text but is not (byte {offset})</source>
        <translation>{what} {encoding} mətni kimi başlayır, amma deyil (bayt {offset})</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="106"/>
        <source>{what} was read as {encoding} (it has no byte order mark)</source>
        <translation>{what} {encoding} kimi oxundu (bayt sırası işarəsi yoxdur)</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="122"/>
        <source>{what} does not say its encoding; it was read as {encoding}. Set ENCODING if that is wrong.</source>
        <translation>{what} kodlaşdırmasını bildirmir; {encoding} kimi oxundu. Səhvdirsə, ENCODING təyin edin.</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="126"/>
        <source>{what} is not UTF-8 and does not read as {names}: set ENCODING to the file's encoding</source>
        <translation>{what} UTF-8 deyil və {names} kimi oxunmur: ENCODING-də faylın kodlaşdırmasını göstərin</translation>
    </message>
    <message>
        <location filename="../core/encodings.py" line="128"/>
        <source>{what} is not UTF-8 and reads as text in {names} alike: set ENCODING to say which</source>
        <translation>{what} UTF-8 deyil və eyni dərəcədə {names} mətni kimi oxunur: hansı olduğunu ENCODING ilə göstərin</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="125"/>
        <source>no date</source>
        <translation>tarix yoxdur</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="132"/>
        <source>date '{text}' does not exist (year {y}, month {m}, day {d})</source>
        <translation>'{text}' tarixi mövcud deyil (il {y}, ay {m}, gün {d})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="137"/>
        <source>date '{text}' is not a date ClearGround reads: write 12.03.2022 (day first) or 2022-03-12</source>
        <translation>'{text}' ClearGround-un oxuya bildiyi tarix deyil: 12.03.2022 (əvvəlcə gün) və ya 2022-03-12 yazın</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="144"/>
        <source>the two-digit year of '{text}' read as {y}</source>
        <translation>'{text}' tarixinin iki rəqəmli ili {y} kimi oxundu</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="149"/>
        <source>date '{text}' has no month {m}: dates are read day first (day.month.year); if it means {other}, write it {iso}</source>
        <translation>'{text}' tarixində {m} ayı yoxdur: tarixlər əvvəlcə gün kimi oxunur (gün.ay.il); əgər {other} nəzərdə tutulursa, onu {iso} kimi yazın</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="152"/>
        <source>date '{text}' does not exist (day {d}, month {m}, year {y})</source>
        <translation>'{text}' tarixi mövcud deyil (gün {d}, ay {m}, il {y})</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="156"/>
        <source>date '{text}' reads as {a} (day first) or {b} (month first), and this report writes other dates month first: write it as {a} or {b}</source>
        <translation>tarix '{text}' {a} (əvvəl gün) və ya {b} (əvvəl ay) kimi oxunur, bu hesabat isə digər tarixləri əvvəl ay ilə yazır: onu {a} və ya {b} kimi yazın</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="159"/>
        <source>'{text}' read day first as {iso}</source>
        <translation>'{text}' əvvəlcə gün oxunmaqla {iso} kimi qəbul edildi</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="165"/>
        <source>date '{text}' ({iso}) lies in the future</source>
        <translation>'{text}' ({iso}) tarixi gələcəkdədir</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="181"/>
        <source>the category '{text}' is a model: read as model {model}</source>
        <translation>'{text}' kateqoriyası modeldir: {model} modeli kimi oxundu</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="184"/>
        <source>category '{text}' is not a device category ClearGround knows ({known}) nor a model of its dictionary (resources/ordnance/models.csv)</source>
        <translation>'{text}' kateqoriyası nə ClearGround-un bildiyi sursat kateqoriyasıdır ({known}), nə də onun lüğətindəki modeldir (resources/ordnance/models.csv)</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="195"/>
        <location filename="../core/traverse.py" line="134"/>
        <source>no category, and the model '{model}' is not one whose category ClearGround knows (resources/ordnance/models.csv); give the category</source>
        <translation>kateqoriya yoxdur, '{model}' modelinin kateqoriyası isə ClearGround-a məlum deyil (resources/ordnance/models.csv); kateqoriyanı göstərin</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="197"/>
        <location filename="../core/traverse.py" line="136"/>
        <source>no category and no model: give the category (AP, AT, UXO, ...) or the model</source>
        <translation>kateqoriya və model yoxdur: kateqoriyanı (AP, AT, UXO, ...) və ya modeli göstərin</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="200"/>
        <source>category {category} contradicts the model {model}, which is {implied}: correct one of them</source>
        <translation>{category} kateqoriyası {model} modelinə ziddir, bu model {implied} kateqoriyasındandır: onlardan birini düzəldin</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="217"/>
        <source>quantity '{text}' is not a whole number of at least 1</source>
        <translation>miqdar '{text}' ən azı 1 olan tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="228"/>
        <source>depth '{text}' is not a number of centimetres</source>
        <translation>dərinlik '{text}' santimetrlə ifadə olunan ədəd deyil</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="233"/>
        <source>depth '{text}': the unit '{unit}' is not cm or m</source>
        <translation>dərinlik '{text}': '{unit}' vahidi cm və ya m deyil</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="235"/>
        <source>depth '{text}' is negative</source>
        <translation>dərinlik '{text}' mənfidir</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="245"/>
        <location filename="../core/field_finds.py" line="247"/>
        <location filename="../core/field_finds.py" line="292"/>
        <source>the find has no position</source>
        <translation>tapıntının mövqeyi yoxdur</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="249"/>
        <source>latitude {lat} is beyond ±90</source>
        <translation>enlik {lat} ±90 həddindən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="251"/>
        <location filename="../core/minemap.py" line="621"/>
        <source>longitude {lon} is beyond ±180</source>
        <translation>uzunluq {lon} ±180-dən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="269"/>
        <source>{doubt}; correct the row</source>
        <translation>{doubt}; sətri düzəldin</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="284"/>
        <source>x '{x}' / y '{y}' is not a position</source>
        <translation>x '{x}' / y '{y}' mövqe bildirmir</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="286"/>
        <source>x/y coordinates need their projected CRS (e.g. EPSG:32638), not {crs}</source>
        <translation>x/y koordinatları öz proyeksiya CRS-ini tələb edir (məs. EPSG:32638), {crs} deyil</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="290"/>
        <location filename="../core/minemap.py" line="652"/>
        <source>x '{x}' / y '{y}' is not a position in {crs}</source>
        <translation>x '{x}' / y '{y}' {crs} sistemində mövqe deyil</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="371"/>
        <source>the find id {id} is already known</source>
        <translation>tapıntı identifikatoru {id} artıq məlumdur</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="373"/>
        <source>the uuid is that of find {id}, already known</source>
        <translation>uuid artıq məlum olan {id} tapıntısına aiddir</translation>
    </message>
    <message>
        <location filename="../core/field_finds.py" line="374"/>
        <source>find {id} has the same date and model {m:.2f} m away</source>
        <translation>tapıntı {id} eyni tarix və modelə malikdir və {m:.2f} m aralıdadır</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="91"/>
        <source>An expression selection needs an expression after '='.</source>
        <translation>İfadə ilə seçim üçün '=' işarəsindən sonra ifadə lazımdır.</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="130"/>
        <source>This is not a ClearGround field package (its metadata names no package).</source>
        <translation>Bu ClearGround sahə paketi deyil (metaverilənlərində paket adı yoxdur).</translation>
    </message>
    <message>
        <location filename="../core/field_package.py" line="133"/>
        <source>This field package was made by a newer ClearGround (format {version}); update the plugin.</source>
        <translation>Bu sahə paketi ClearGround-un daha yeni versiyası ilə yaradılıb (format {version}); plagini yeniləyin.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>(no uuid, row {n})</source>
        <translation>(uuid yoxdur, sətir {n})</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="76"/>
        <source>The find in row {n} of the package's finds ({where}) has no uuid; not merged.</source>
        <translation>Paketin tapıntılarının {n} sətrindəki tapıntının ({where}) uuid-i yoxdur; birləşdirilmədi.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="88"/>
        <source>Already in the workspace: {reason}.</source>
        <translation>Artıq iş sahəsindədir: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="97"/>
        <source>New find added.</source>
        <translation>Yeni tapıntı əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="109"/>
        <source>{place}, found {date}</source>
        <translation>{place}, tapılıb {date}</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="176"/>
        <source>The sector is no longer in the workspace; not applied.</source>
        <translation>Sektor artıq iş sahəsində deyil; tətbiq edilmədi.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="181"/>
        <source>The workspace already holds this value.</source>
        <translation>İş sahəsində bu dəyər artıq var.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="186"/>
        <source>Changed at the centre since the package was made (version {old} -&gt; {new}, by {user} at {time}); the centre's value is kept.</source>
        <translation>Paket yaradıldıqdan sonra mərkəzdə dəyişdirilib (versiya {old} -&gt; {new}, {user} tərəfindən, {time}); mərkəzin dəyəri saxlanılır.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="188"/>
        <location filename="../ui/history.py" line="93"/>
        <source>unknown</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="189"/>
        <source>unknown time</source>
        <translation>naməlum vaxt</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="203"/>
        <source>Taking a cleared sector out of 'cleared' needs a reason; mark it in the dock.</source>
        <translation>Təmizlənmiş sektoru 'təmizlənib' statusundan çıxarmaq üçün səbəb lazımdır; onu paneldə qeyd edin.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="209"/>
        <source>Applied from the field.</source>
        <translation>Sahə məlumatlarından tətbiq edildi.</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="211"/>
        <source>Covered by the team's cleared lanes ({percent:.0f}%).</source>
        <translation>Qrupun təmizlənmiş zolaqları ilə örtülüb ({percent:.0f}%).</translation>
    </message>
    <message>
        <location filename="../core/field_sync.py" line="226"/>
        <source>team {team}, field package {package}</source>
        <translation>komanda {team}, sahə paketi {package}</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="144"/>
        <source>field mapping '{part}' is not target=column</source>
        <translation>sahə uyğunlaşdırması '{part}' hədəf=sütun formasında deyil</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="147"/>
        <source>field mapping: '{target}' is not a field ClearGround reads (one of: {targets})</source>
        <translation>sahə uyğunlaşdırması: '{target}' ClearGround-un oxuduğu sahə deyil (bunlardan biri olmalıdır: {targets})</translation>
    </message>
    <message>
        <location filename="../core/fieldmap.py" line="171"/>
        <source>field mapping: the input has no column '{column}' (for {target}); its columns are: {columns}</source>
        <translation>sahə uyğunlaşdırması: giriş verilənlərində '{column}' sütunu yoxdur ({target} üçün); mövcud sütunlar: {columns}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="118"/>
        <location filename="../core/hazard_import.py" line="122"/>
        <source>given in the field mapping</source>
        <translation>sahələrin uyğunlaşdırılmasında göstərilib</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="125"/>
        <source>no position column found (coord, lat/lon or x/y): give one in the field mapping</source>
        <translation>mövqe sütunu tapılmadı (coord, lat/lon və ya x/y): onu sahələrin uyğunlaşdırılmasında göstərin</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="130"/>
        <source>rows {rows} write their dates month first: dates of this report that read both ways are rejected, not guessed</source>
        <translation>{rows} sətirləri tarixləri əvvəl ay ilə yazır: bu hesabatda hər iki cür oxuna bilən tarixlər rədd edilir, təxmin edilmir</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="166"/>
        <source>the find id {id} is already known for a find {m:,.1f} m away: not overwritten; correct the id or the position</source>
        <translation>tapıntı identifikatoru {id} artıq {m:,.1f} m aralıdakı tapıntı üçün məlumdur: üzərinə yazılmadı; identifikatoru və ya mövqeyi düzəldin</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="171"/>
        <source>duplicate: {why}</source>
        <translation>dublikat: {why}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="186"/>
        <location filename="../core/hazard_import.py" line="171"/>
        <source>{report}, row {row}</source>
        <translation>{report}, sətir {row}</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="224"/>
        <location filename="../core/hazard_import.py" line="148"/>
        <location filename="../core/minemap.py" line="835"/>
        <source>the feature has no geometry</source>
        <translation>obyektin həndəsəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="226"/>
        <source>the point does not lie on the globe (its CRS?)</source>
        <translation>nöqtə yer kürəsi üzərində deyil (onun CRS-i?)</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="227"/>
        <source>a MultiPoint of {n} points is not one find's position</source>
        <translation>{n} nöqtəli MultiPoint bir tapıntının mövqeyi deyil</translation>
    </message>
    <message>
        <location filename="../core/find_import.py" line="228"/>
        <source>a {kind} geometry is not a find's position</source>
        <translation>{kind} həndəsəsi tapıntının mövqeyi deyil</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="30"/>
        <source>repaired through make_valid</source>
        <translation>make_valid vasitəsilə düzəldilib</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="31"/>
        <source>fewer than 3 vertices</source>
        <translation>3-dən az təpə</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="32"/>
        <source>consecutive vertices over 5 km apart</source>
        <translation>ardıcıl təpələr arasında 5 km-dən çox məsafə</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="33"/>
        <source>crossing themselves beyond repair</source>
        <translation>düzəldilə bilməyən öz-özünü kəsmələr</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="34"/>
        <source>of several parts</source>
        <translation>bir neçə hissədən ibarət</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="35"/>
        <source>duplicate polygons</source>
        <translation>təkrarlanan poliqonlar</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="36"/>
        <source>ids with spaces around them</source>
        <translation>ətrafında boşluq olan identifikatorlar</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="37"/>
        <source>without geometry</source>
        <translation>həndəsəsiz</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="62"/>
        <source>Geometry checks (GICHD geocheck rules): {parts}.</source>
        <translation>Həndəsə yoxlamaları (GICHD geocheck qaydaları): {parts}.</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="76"/>
        <location filename="../core/traverse.py" line="465"/>
        <source>the perimeter has {n} separate parts; one record is one polygon</source>
        <translation>perimetr {n} ayrı hissədən ibarətdir; bir formulyar bir poliqondur</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="81"/>
        <location filename="../core/traverse.py" line="471"/>
        <source>a perimeter line was closed into a polygon</source>
        <translation>perimetr xətti qapadılaraq poliqona çevrildi</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="85"/>
        <location filename="../core/traverse.py" line="476"/>
        <source>the perimeter geometry is empty</source>
        <translation>perimetrin həndəsəsi boşdur</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="89"/>
        <location filename="../core/traverse.py" line="474"/>
        <source>a {kind} geometry is not a perimeter</source>
        <translation>{kind} həndəsəsi perimetr deyil</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="99"/>
        <source>perimeter repaired through make_valid ({reason}): the polygon keeps the ground the ring encloses, {after:,.1f} m²</source>
        <translation>perimetr make_valid vasitəsilə düzəldildi ({reason}): poliqon konturun əhatə etdiyi ərazini saxlayır, {after:,.1f} m²</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="103"/>
        <source>the perimeter encloses no ground ({reason})</source>
        <translation>perimetr heç bir ərazini əhatə etmir ({reason})</translation>
    </message>
    <message>
        <location filename="../core/geocheck.py" line="106"/>
        <source>the perimeter crosses itself ({reason}); make_valid would make {n} polygons of it ({areas}): one record is one polygon, so split it into records or correct its vertices</source>
        <translation>perimetr özünü kəsir ({reason}); make_valid ondan {n} poliqon yaradardı ({areas}): bir qeyd bir poliqondur, ona görə də onu qeydlərə bölün və ya təpələrini düzəldin</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="89"/>
        <location filename="../core/geotext.py" line="97"/>
        <source>'{text}' is not a coordinate: '{part}' cannot be read</source>
        <translation>'{text}' koordinat deyil: '{part}' oxunmur</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="109"/>
        <location filename="../core/geotext.py" line="111"/>
        <source>'{text}': a sign must stand before a number</source>
        <translation>'{text}': işarə ədəddən əvvəl olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="134"/>
        <source>'{text}' has a separator with nothing on one side</source>
        <translation>'{text}' ayırıcısının bir tərəfində heç nə yoxdur</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="165"/>
        <source>'{text}': cannot tell which numbers belong to which hemisphere</source>
        <translation>'{text}': hansı ədədlərin hansı yarımkürəyə aid olduğunu müəyyən etmək mümkün deyil</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="190"/>
        <source>'{text}': a hemisphere letter or label must stand before or after the numbers</source>
        <translation>'{text}': yarımkürə hərfi və ya nişanı rəqəmlərdən əvvəl və ya sonra olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="193"/>
        <source>'{text}': one part has two hemisphere letters or labels</source>
        <translation>'{text}': bir hissədə iki yarımkürə hərfi və ya nişanı var</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="197"/>
        <source>'{text}': a sign may stand only before the degrees</source>
        <translation>'{text}': işarə yalnız dərəcələrdən əvvəl ola bilər</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="201"/>
        <source>'{text}': the hemisphere letter {letter} does not belong to a {axis}</source>
        <translation>'{text}': {letter} yarımkürə hərfi {axis} üçün deyil</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="217"/>
        <source>'{text}': degrees with a fraction cannot be followed by minutes</source>
        <translation>'{text}': kəsr hissəli dərəcədən sonra dəqiqə gələ bilməz</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="219"/>
        <source>'{text}': minutes with a fraction cannot be followed by seconds</source>
        <translation>'{text}': kəsr hissəli dəqiqələrdən sonra saniyə gələ bilməz</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="221"/>
        <source>'{text}': minutes and seconds must be between 0 and 60</source>
        <translation>'{text}': dəqiqə və saniyələr 0 ilə 60 arasında olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="224"/>
        <source>'{text}': the marks ° ' &quot; are out of order</source>
        <translation>'{text}': ° ' &quot; işarələri düzgün ardıcıllıqda deyil</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="230"/>
        <source>'{text}': a minus sign and the hemisphere {letter} contradict each other</source>
        <translation>'{text}': mənfi işarəsi ilə {letter} yarımkürəsi bir-birinə ziddir</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="234"/>
        <source>{axis} {value:g} in '{text}' is beyond ±{limit:g}</source>
        <translation>'{text}' mətnində {axis} {value:g} ±{limit:g}-dən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/geotext.py" line="246"/>
        <source>'{text}': {digits} is neither degrees nor compact degrees-minutes-seconds</source>
        <translation>'{text}': {digits} nə dərəcədir, nə də yığcam dərəcə-dəqiqə-saniyə</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="157"/>
        <source>classification '{text}' is neither SHA (suspected) nor CHA (confirmed)</source>
        <translation>'{text}' təsnifatı nə SHA (şübhəli), nə də CHA (təsdiqlənmiş) deyil</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="159"/>
        <source>no classification: give SHA (suspected) or CHA (confirmed)</source>
        <translation>təsnifat yoxdur: SHA (şübhəli) və ya CHA (təsdiqlənmiş) göstərin</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="163"/>
        <source>status '{text}' is not one ClearGround knows (open, worked_on, closed)</source>
        <translation>status '{text}' ClearGround-un tanıdığı statuslardan deyil (open, worked_on, closed)</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="177"/>
        <source>hazard {id} is already known with another {what}: not overwritten; correct the workspace or the survey</source>
        <translation>təhlükəli ərazi {id} artıq məlumdur, lakin {what} fərqlidir: üzərinə yazılmadı; iş sahəsini və ya tədqiqatı düzəldin</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="181"/>
        <source>duplicate: hazard {id} is already known, unchanged</source>
        <translation>dublikat: təhlükəli ərazi {id} artıq məlumdur, dəyişdirilmədi</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="186"/>
        <source>the same polygon as hazard {id}</source>
        <translation>təhlükəli ərazi {id} ilə eyni poliqon</translation>
    </message>
    <message>
        <location filename="../core/hazard_import.py" line="206"/>
        <source>polygon</source>
        <translation>poliqon</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>In progress</source>
        <translation>İcra olunur</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Cleared</source>
        <translation>Təmizlənib</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="13"/>
        <source>Reduced (TS)</source>
        <translation>Azaldılıb (TS, texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="14"/>
        <source>Cancelled (NTS)</source>
        <translation>Ləğv edilib (NTS, qeyri-texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Mine detection dog</source>
        <translation>Mina axtaran it</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="17"/>
        <source>Technical survey</source>
        <translation>Texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="18"/>
        <source>Non-technical survey</source>
        <translation>Qeyri-texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Degrees</source>
        <translation>Dərəcələr</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>NATO mils (6400)</source>
        <translation>NATO mil bölgüləri (6400)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="20"/>
        <source>Soviet mils (6000, 12-50)</source>
        <translation>Sovet bucaqölçən bölgüləri (6000, 12-50)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>On the UTM grid</source>
        <translation>UTM şəbəkəsi üzrə</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="21"/>
        <source>Along the longest edge</source>
        <translation>Ən uzun tərəf boyunca</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Whole range</source>
        <translation>Bütün aralıq</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="80"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="108"/>
        <source>Quarter</source>
        <translation>Rüb</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="109"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="22"/>
        <location filename="../ui/tabs/report.py" line="79"/>
        <location filename="../ui/tabs/tally.py" line="109"/>
        <source>Week</source>
        <translation>Həftə</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Worked on</source>
        <translation>İş aparılır</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="23"/>
        <source>Closed</source>
        <translation>Bağlanıb</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="24"/>
        <location filename="../core/labels.py" line="26"/>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Rows</source>
        <translation>Sətirlər</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Scattered</source>
        <translation>Səpələnmiş</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Nuisance</source>
        <translation>Narahatedici</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="25"/>
        <source>Remotely delivered</source>
        <translation>Məsafədən qurulmuş</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="94"/>
        <location filename="../ui/mark_form.py" line="70"/>
        <location filename="../ui/tabs/discrepancies.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="102"/>
        <location filename="../ui/mark_form.py" line="73"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="100"/>
        <location filename="../processing/algorithms/package_field.py" line="60"/>
        <location filename="../ui/mark_form.py" line="72"/>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <source>Status date</source>
        <translation>Status tarixi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="30"/>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Depth (cm)</source>
        <translation>Dərinlik (sm)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Record / hazard</source>
        <translation>Formulyar / təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="31"/>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/import_dialog.py" line="49"/>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>Record</source>
        <translation>Formulyar</translation>
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
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <source>Classification</source>
        <translation>Təsnifat</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="32"/>
        <source>Hazard area</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AP mines recorded</source>
        <translation>Qeydə alınmış AP minaları</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <location filename="../core/labels.py" line="48"/>
        <source>AT mines recorded</source>
        <translation>Qeydə alınmış AT minaları</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="33"/>
        <source>Type of record</source>
        <translation>Qeydin növü</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="49"/>
        <location filename="../ui/tabs/records.py" line="53"/>
        <source>Reliability</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="49"/>
        <location filename="../processing/field_project.py" line="161"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Note</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <location filename="../core/labels.py" line="47"/>
        <source>Date laid</source>
        <translation>Minalanma tarixi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="34"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <location filename="../core/labels.py" line="48"/>
        <source>Mine models</source>
        <translation>Mina modelləri</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed by</source>
        <translation>Dəyişdirən</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="35"/>
        <source>Changed at</source>
        <translation>Dəyişmə vaxtı</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="48"/>
        <source>Added</source>
        <translation>Əlavə edildi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="36"/>
        <location filename="../ui/history.py" line="50"/>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Record number</source>
        <translation>Qeyd nömrəsi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Point number</source>
        <translation>Nöqtə nömrəsi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="41"/>
        <source>Kind of point (landmark, turning point, mine)</source>
        <translation>Nöqtənin növü (oriyentir, dönmə nöqtəsi, mina)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Measured from point</source>
        <translation>Ölçmənin başlanğıc nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>Angle unit</source>
        <translation>Bucaq vahidi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="42"/>
        <source>North reference</source>
        <translation>Şimal növü</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinates (one column)</source>
        <translation>Koordinatlar (bir sütun)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="43"/>
        <source>Coordinate system</source>
        <translation>Koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Device category (AP, AT…)</source>
        <translation>Qurğu kateqoriyası (AP, AT…)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Mine model</source>
        <translation>Mina modeli</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="44"/>
        <source>Number of mines</source>
        <translation>Minaların sayı</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Spacing of the mines (m)</source>
        <translation>Minalar arası məsafə (m)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Magnetic declination (°)</source>
        <translation>Maqnit meyli (°)</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="45"/>
        <source>Latitude</source>
        <translation>Enlik</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>X / easting</source>
        <translation>X / şərq koordinatı</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Y / northing</source>
        <translation>Y / şimal koordinatı</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="46"/>
        <source>Mine number</source>
        <translation>Mina nömrəsi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Source document</source>
        <translation>Mənbə sənədi</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="47"/>
        <source>Type of minefield</source>
        <translation>Mina sahəsinin növü</translation>
    </message>
    <message>
        <location filename="../core/labels.py" line="49"/>
        <source>Record numbers made from (field)</source>
        <translation>Qeyd nömrələrinin mənbəyi (sahə)</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="56"/>
        <source>Status must be one of: {values}.</source>
        <translation>Status bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="58"/>
        <source>Method must be one of: {values}.</source>
        <translation>Üsul bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="60"/>
        <source>Depth must be between 0 and 10000 cm.</source>
        <translation>Dərinlik 0 ilə 10000 sm arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../core/marking.py" line="161"/>
        <source>Give a reason to take a sector out of 'cleared'.</source>
        <translation>Sektoru «təmizlənib» statusundan çıxarmaq üçün səbəb göstərin.</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="113"/>
        <source>latitude {lat:g} is in a polar (UPS) area</source>
        <translation>en dairəsi {lat:g} qütb (UPS) zonasındadır</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="159"/>
        <source>MGRS precision {precision} is not 0-5</source>
        <translation>MGRS dəqiqliyi {precision} 0-5 aralığında deyil</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="162"/>
        <source>latitude {lat:g} is not between -90 and 90</source>
        <translation>en dairəsi {lat:g} -90 ilə 90 arasında deyil</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="164"/>
        <source>longitude {lon:g} is not between -180 and 360</source>
        <translation>uzunluq dairəsi {lon:g} -180 ilə 360 arasında deyil</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="173"/>
        <source>longitude {lon:g} lies outside UTM zone {zone}</source>
        <translation>uzunluq dairəsi {lon:g} UTM zonası {zone} xaricindədir</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="221"/>
        <source>'{text}' is a polar (UPS) MGRS reference; only UTM areas (80°S-84°N) are supported</source>
        <translation>'{text}' qütb (UPS) MGRS istinadıdır; yalnız UTM zonaları (80°S-84°N) dəstəklənir</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="224"/>
        <source>MGRS '{text}' has no zone number (1-60) before the band letter</source>
        <translation>MGRS '{text}': zolaq hərfindən əvvəl zona nömrəsi (1-60) yoxdur</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="227"/>
        <source>MGRS zone {zone} in '{text}' is not 1-60</source>
        <translation>'{text}' içindəki MGRS zonası {zone} 1-60 aralığında deyil</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="230"/>
        <source>MGRS '{text}': the letter {letter} is not used in MGRS (I and O never are)</source>
        <translation>MGRS '{text}': {letter} hərfi MGRS-də işlədilmir (I və O heç vaxt işlədilmir)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="236"/>
        <source>MGRS '{text}': column letter {letter} does not exist in zone {zone} (its columns are {first}-{last})</source>
        <translation>MGRS '{text}': {letter} sütun hərfi {zone} zonasında yoxdur (onun sütunları {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="240"/>
        <source>MGRS '{text}': row letter {letter} does not exist (rows are A-V)</source>
        <translation>MGRS '{text}': {letter} sətir hərfi mövcud deyil (sətirlər A-V)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="243"/>
        <source>MGRS '{text}': zone {zone} does not exist in band X (over Svalbard, zones 31, 33, 35 and 37 are widened to replace zones 32, 34 and 36)</source>
        <translation>MGRS '{text}': {zone} zonası X zolağında yoxdur (Şpitsbergen üzərində 31, 33, 35 və 37 zonaları genişləndirilərək 32, 34 və 36 zonalarını əvəz edir)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="259"/>
        <source>MGRS '{text}': write the easting and northing as one group of digits or as two</source>
        <translation>MGRS '{text}': şərq və şimal koordinatlarını bir və ya iki rəqəm qrupu ilə yazın</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="264"/>
        <source>MGRS '{text}' needs the same number of easting and northing digits (at most 5)</source>
        <translation>MGRS '{text}' şərq və şimal koordinatları üçün eyni sayda rəqəm tələb edir (ən çoxu 5)</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="269"/>
        <source>MGRS '{text}' has an odd number of digits</source>
        <translation>MGRS '{text}' tək sayda rəqəmdən ibarətdir</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="271"/>
        <source>MGRS '{text}' has more than 5 digits each for easting and northing</source>
        <translation>MGRS '{text}' şərq və şimal koordinatlarının hər biri üçün 5-dən çox rəqəmdən ibarətdir</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="281"/>
        <source>MGRS '{text}' lies north of 84.5°N, beyond the UTM part of MGRS</source>
        <translation>MGRS '{text}' 84,5°N-dən şimalda, MGRS-in UTM hissəsindən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="375"/>
        <source>MGRS '{text}': zone {zone} does not exist in band {band}</source>
        <translation>MGRS '{text}': {zone} zonası {band} zolağında yoxdur</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="384"/>
        <source>MGRS '{text}': column {letter} lies outside zone {zone} in band {band} ({area}; its columns there are {first}-{last})</source>
        <translation>MGRS '{text}': {letter} sütunu {band} zolağında {zone} zonasından kənardadır ({area}; oradakı sütunları {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="391"/>
        <source>MGRS '{text}': row {letter} lies outside band {band} in zone {zone} ({area}; its rows there are {first} to {last}, south to north)</source>
        <translation>MGRS '{text}': {letter} sətri {zone} zonasında {band} zolağından kənardadır ({area}; oradakı sətirləri cənubdan şimala {first}-{last})</translation>
    </message>
    <message>
        <location filename="../core/mgrs.py" line="394"/>
        <source>MGRS '{text}': square {square} lies outside zone {zone} in band {band} ({area})</source>
        <translation>MGRS '{text}': {square} kvadratı {band} zolağında {zone} zonasından kənardadır ({area})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="155"/>
        <source>{target} = '{column}' (set by the field mapping)</source>
        <translation>{target} = '{column}' (sahə uyğunlaşdırması ilə təyin edilib)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="158"/>
        <source>{target} = '{column}' ({why}; e.g. {samples})</source>
        <translation>{target} = '{column}' ({why}; məs. {samples})</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="161"/>
        <location filename="../ui/import_dialog.py" line="232"/>
        <source>'{column}' is named like {target}, but {why}</source>
        <translation>'{column}' adı {target} kimidir, lakin {why}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="249"/>
        <location filename="../core/minemap.py" line="331"/>
        <location filename="../processing/algorithms/import_finds.py" line="177"/>
        <location filename="../processing/algorithms/import_finds.py" line="179"/>
        <location filename="../processing/algorithms/import_hazards.py" line="135"/>
        <location filename="../ui/tabs/records.py" line="251"/>
        <source>row {row}: {reason}</source>
        <translation>sətir {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="282"/>
        <source>the geometry has a point at longitude {x:g}, latitude {y:g}, off the globe: the file's coordinates are not in {crs}, or are swapped</source>
        <translation>həndəsənin uzunluq {x:g}, enlik {y:g} nöqtəsi yer kürəsindən kənardadır: faylın koordinatları {crs} sistemində deyil və ya yerləri dəyişib</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="292"/>
        <source>{name} has {count} columns named '{header}' ({columns}): say which one is {target} with the field mapping, e.g. {target}={column}</source>
        <translation>{name} faylında '{header}' adlı {count} sütun var ({columns}): sahə uyğunlaşdırmasında hansının {target} olduğunu göstərin, məs. {target}={column}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="307"/>
        <source>cannot tell what {name} holds: it needs a 'kind' column (a traverse), coordinates (lat and lon, x and y, or coord: mine points) or geometries. Its columns are: {columns}. Set the field mapping.</source>
        <translation>{name} faylında nə olduğunu müəyyən etmək mümkün deyil: 'kind' sütunu (traversa), koordinatlar (lat və lon, x və y və ya coord: mina nöqtələri) və ya həndəsələr lazımdır. Onun sütunları: {columns}. Sahə uyğunlaşdırmasını təyin edin.</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="367"/>
        <source>laid_date '{text}' is not a date (kept in raw)</source>
        <translation>laid_date '{text}' tarix deyil (raw sahəsində saxlanıldı)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="372"/>
        <source>{field} '{text}' is not one of {allowed} (set to unknown)</source>
        <translation>{field} '{text}' bunlardan biri deyil: {allowed} (unknown təyin edildi)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="382"/>
        <source>{field} '{text}' is not a number (counted from the mines)</source>
        <translation>{field} '{text}' ədəd deyil (minalara görə hesablandı)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="394"/>
        <source>the record states {stated} {cat} mines; its rows and mines hold {found}</source>
        <translation>formulyarda {stated} {cat} mina göstərilib; onun sıralarında və minalarında {found} mina var</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="412"/>
        <source>record_id '{text}' had spaces around it; they were removed</source>
        <translation>record_id '{text}' ətrafında boşluqlar var idi; onlar silindi</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="444"/>
        <location filename="../core/minemap.py" line="551"/>
        <source>record_id is empty</source>
        <translation>record_id boşdur</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="454"/>
        <location filename="../core/minemap.py" line="871"/>
        <source>record '{record}' is already in the workspace</source>
        <translation>'{record}' formulyarı artıq iş sahəsindədir</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="476"/>
        <source>record '{record}' has no perimeter and no mines</source>
        <translation>'{record}' formulyarının nə perimetri, nə də minaları var</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="482"/>
        <source>no perimeter in the record: the hull of its mines widened by {m:g} m</source>
        <translation>formulyarda perimetr yoxdur: minalarının qabarıq örtüyü {m:g} m genişləndirildi</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="501"/>
        <source>record '{record}' lies outside the expected area</source>
        <translation>'{record}' formulyarı gözlənilən ərazidən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="511"/>
        <source>a mine of this row lies outside the expected area</source>
        <translation>bu sıranın minası gözlənilən ərazidən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="526"/>
        <source>the file has no record_id column: all its mines belong to record '{record}'</source>
        <translation>faylda record_id sütunu yoxdur: onun bütün minaları '{record}' formulyarına aiddir</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="572"/>
        <source>{reading} (only so does it lie in the expected area)</source>
        <translation>{reading} (yalnız belə olduqda gözlənilən ərazidədir)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="575"/>
        <location filename="../core/minemap.py" line="935"/>
        <source>the point lies outside the expected area</source>
        <translation>nöqtə gözlənilən ərazidən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="581"/>
        <location filename="../core/traverse.py" line="268"/>
        <location filename="../processing/algorithms/import_finds.py" line="165"/>
        <source>row {row}: {note}</source>
        <translation>sətir {row}: {note}</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="613"/>
        <source>latitude and longitude were swapped ({lat} cannot be a latitude)</source>
        <translation>enlik və uzunluq yerlərini dəyişdi ({lat} enlik ola bilməz)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="615"/>
        <source>latitude {lat} is beyond ±90; read the other way round</source>
        <translation>enlik {lat} ±90-dan kənardadır; tərsinə oxundu</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="623"/>
        <source>latitude {lat} is beyond ±90, and longitude {lon} cannot be a latitude either</source>
        <translation>enlik {lat} ±90-dan kənardadır, uzunluq {lon} da enlik ola bilməz</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="626"/>
        <source>latitude '{lat}' / longitude '{lon}' is not a position</source>
        <translation>en dairəsi '{lat}' / uzunluq dairəsi '{lon}' mövqe deyil</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="631"/>
        <source>latitude and longitude were swapped in this row (so it lies with the record's other mines)</source>
        <translation>bu sətirdə enlik və uzunluq yerlərini dəyişdi (belə olduqda nöqtə qeydin digər minaları ilə birlikdədir)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="638"/>
        <source>the file gives x/y coordinates; set CRS to their projected CRS (e.g. EPSG:32638 or EPSG:28408), not {crs}</source>
        <translation>faylda x/y koordinatları verilib; CRS-i onların proyeksiya koordinat sisteminə təyin edin (məsələn, EPSG:32638 və ya EPSG:28408), {crs} deyil</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="687"/>
        <source>'{text}' cannot be projected from {crs}</source>
        <translation>'{text}' {crs} sistemindən çevrilə bilməz</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="726"/>
        <source>{doubt}, but nothing confirms that reading: record '{record}' has no other mines to compare it with; correct the row or give the expected area</source>
        <translation>{doubt}, amma bu oxunuşu heç nə təsdiq etmir: '{record}' qeydinin müqayisə üçün başqa minası yoxdur; sətri düzəldin və ya gözlənilən ərazini verin</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="731"/>
        <source>{doubt}, but so it lies {km:,.1f} km from the other mines of record '{record}'; correct the row</source>
        <translation>{doubt}, amma belə olduqda nöqtə '{record}' qeydinin digər minalarından {km:,.1f} km aralıdadır; sətri düzəldin</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="736"/>
        <source>the point lies {km:,.1f} km from the other {n} mines of record '{record}' (farther than {reach:,.1f} km), and no other reading of it lies with them; correct the row</source>
        <translation>nöqtə '{record}' qeydinin digər {n} minasından {km:,.1f} km aralıdadır ({reach:,.1f} km-dən uzaq) və onun başqa oxunuşu da onların yanında deyil; sətri düzəldin</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="746"/>
        <source> (read as written: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away</source>
        <translation> (yazıldığı kimi oxunarsa: en {lat:.6f}, uzunluq {lon:.6f}, {km:,.1f} km uzaqda</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="749"/>
        <source>; its other reading: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away)</source>
        <translation>; digər oxunuşu: en {lat:.6f}, uzunluq {lon:.6f}, {km:,.1f} km uzaqda)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="752"/>
        <source>; the text has no other reading)</source>
        <translation>; mətnin başqa oxunuşu yoxdur)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="780"/>
        <source>... and {n} more rows with notes</source>
        <translation>... və qeydləri olan daha {n} sətir</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="782"/>
        <source>no perimeter in the file: the hull of its {n} mines widened by {m:g} m</source>
        <translation>faylda perimetr yoxdur: onun {n} minasının qabarıq örtüyü {m:g} m genişləndirildi</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="786"/>
        <source>{field} differs between row {row_a} ('{a}') and row {row_b} ('{b}'); the first was kept, both rows are in raw</source>
        <translation>{field} {row_a} ('{a}') və {row_b} ('{b}') sətirlərində fərqlidir; birincisi saxlanıldı, hər iki sətir raw-dadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="844"/>
        <source>a {kind} is neither a perimeter nor a mine</source>
        <translation>{kind} nə perimetr, nə də minadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="867"/>
        <source>record_id '{record}' is used again (first on row {row})</source>
        <translation>record_id '{record}' təkrar istifadə olunur (ilk dəfə {row} sətrində)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="885"/>
        <source>the same polygon as row {row} (a duplicate polygon)</source>
        <translation>{row} sətirdəki ilə eyni poliqon (təkrarlanan poliqon)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="891"/>
        <source>the perimeter lies outside the expected area</source>
        <translation>perimetr gözlənilən ərazidən kənardadır</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="922"/>
        <location filename="../core/minemap.py" line="974"/>
        <source>a multipoint of {n} points: one mine is one point</source>
        <translation>{n} nöqtədən ibarət çoxnöqtəli obyekt: bir mina bir nöqtədir</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="932"/>
        <source>the mine has no record_id and lies in no single perimeter of the file</source>
        <translation>minanın record_id-si yoxdur və fayldakı heç bir perimetrin içində yeganə olaraq yerləşmir</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="947"/>
        <source>its record '{record}' was rejected (row {row})</source>
        <translation>onun '{record}' formulyarı rədd edildi ({row} sətri)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="948"/>
        <source>record '{record}' is not in this file nor in the workspace</source>
        <translation>'{record}' formulyarı nə bu faylda, nə də iş sahəsində var</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1004"/>
        <source>record_id made by ClearGround from {column} '{value}' and the feature's number among those with it (the file gives none)</source>
        <translation>record_id ClearGround tərəfindən {column} '{value}' dəyərindən və obyektin bu dəyərli obyektlər arasındakı nömrəsindən yaradılıb (faylda göstərilməyib)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1006"/>
        <source>record_id made by ClearGround from the file's name and the row number {row} (the file gives none)</source>
        <translation>record_id ClearGround tərəfindən faylın adı və {row} sətir nömrəsindən yaradılıb (faylda göstərilməyib)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1012"/>
        <source>{n} records had no record_id: each was given {column} and its number among the features with that value (e.g. MS-12-3), else the file's name and its row (see each record's notes)</source>
        <translation>{n} qeydin record_id-si yox idi: hər birinə {column} və həmin dəyərli obyektlər arasındakı nömrəsi verildi (məs. MS-12-3), əks halda faylın adı və sətri (hər qeydin şərhlərinə baxın)</translation>
    </message>
    <message>
        <location filename="../core/minemap.py" line="1015"/>
        <source>{n} records had no record_id: each was given the file's name and its row number (e.g. {example}); set id_prefix in the field mapping to build them from a field</source>
        <translation>{n} qeydin record_id-si yox idi: hər birinə faylın adı və sətir nömrəsi verildi (məs. {example}); onları sahədən yaratmaq üçün sahə uyğunlaşdırmasında id_prefix təyin edin</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="89"/>
        <source>Finds outside every record</source>
        <translation>Bütün formulyarlardan kənar tapıntılar</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="90"/>
        <location filename="../ui/tabs/discrepancies.py" line="73"/>
        <source>Missing mines</source>
        <translation>Çatışmayan minalar</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="91"/>
        <location filename="../ui/tabs/discrepancies.py" line="74"/>
        <source>Surplus mines</source>
        <translation>Artıq minalar</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="92"/>
        <location filename="../ui/tabs/discrepancies.py" line="75"/>
        <source>Type mismatch</source>
        <translation>Tip uyğunsuzluğu</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="93"/>
        <source>Recorded mine not found</source>
        <translation>Qeyd olunmuş mina tapılmayıb</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="94"/>
        <location filename="../ui/tabs/discrepancies.py" line="77"/>
        <source>Systematic offset</source>
        <translation>Sistematik sürüşmə</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="95"/>
        <location filename="../ui/tabs/discrepancies.py" line="78"/>
        <source>Post-clearance find</source>
        <translation>Təmizləmədən sonrakı tapıntı</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="128"/>
        <source>Before {period}</source>
        <translation>{period} dövründən əvvəl</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="138"/>
        <source>{n} other districts</source>
        <translation>digər {n} rayon</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="173"/>
        <location filename="../core/report.py" line="180"/>
        <location filename="../core/report.py" line="341"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <location filename="../ui/tabs/tally.py" line="379"/>
        <location filename="../workspace/report_layout.py" line="362"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="182"/>
        <source>Outside these districts</source>
        <translation>Bu rayonlardan kənarda</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="189"/>
        <source>National summary</source>
        <translation>Ölkə üzrə xülasə</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="199"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="201"/>
        <source>from {start}</source>
        <translation>{start} tarixindən</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="203"/>
        <source>until {end}</source>
        <translation>{end} tarixinədək</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="204"/>
        <source>all dates</source>
        <translation>bütün tarixlər</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="209"/>
        <source>{total} explosive items found</source>
        <translation>{total} partlayıcı təhlükəli əşya aşkarlanıb</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="221"/>
        <source>Land released: {total} ha</source>
        <translation>Azad edilmiş ərazi: {total} ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="222"/>
        <source>cleared {cleared} ha · reduced {reduced} ha · cancelled {cancelled} ha</source>
        <translation>təmizlənib {cleared} ha · azaldılıb {reduced} ha · ləğv edilib {cancelled} ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="225"/>
        <source>Remaining in sectors not yet released: {remaining} ha</source>
        <translation>Hələ azad edilməmiş sektorlarda qalıb: {remaining} ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="244"/>
        <source>{n} open: {detail}</source>
        <translation>{n} açıq: {detail}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="263"/>
        <source>No open high-severity discrepancies.</source>
        <translation>Yüksək ciddilikli açıq uyğunsuzluq yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="265"/>
        <source>{n} open high-severity discrepancies in all.</source>
        <translation>Cəmi {n} yüksək ciddilikli açıq uyğunsuzluq.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="267"/>
        <source>{n} more open high-severity discrepancies: see the discrepancies layer.</source>
        <translation>Daha {n} yüksək ciddilikli açıq uyğunsuzluq: uyğunsuzluqlar layına baxın.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="314"/>
        <source>No finds in the period</source>
        <translation>Dövr ərzində tapıntı yoxdur</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <location filename="../workspace/report_layout.py" line="362"/>
        <source>Cleared ha</source>
        <translation>Təmizlənib, ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="347"/>
        <source>Reduced ha</source>
        <translation>Azaldılıb, ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="342"/>
        <location filename="../ui/tabs/tally.py" line="348"/>
        <source>Cancelled ha</source>
        <translation>Ləğv edilib, ha</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="348"/>
        <location filename="../core/report.py" line="354"/>
        <location filename="../processing/algorithms/tally_finds.py" line="108"/>
        <location filename="../ui/tabs/tally.py" line="130"/>
        <location filename="../workspace/report_layout.py" line="360"/>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="349"/>
        <source>Generated</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="366"/>
        <source>Open high-severity discrepancies</source>
        <translation>Yüksək ciddilikli açıq uyğunsuzluqlar</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="93"/>
        <source>by its values, not its name: {why}</source>
        <translation>adına görə deyil, dəyərlərinə görə: {why}</translation>
    </message>
    <message>
        <location filename="../core/report_columns.py" line="102"/>
        <source>by its values: {why}</source>
        <translation>dəyərlərinə görə: {why}</translation>
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
        <translation>Mina sahələrinin formulyarları</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="90"/>
        <location filename="../processing/algorithms/correct_record.py" line="90"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="148"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="213"/>
        <source>Recorded mines</source>
        <translation>Formulyarlarda qeyd olunmuş minalar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="101"/>
        <location filename="../processing/algorithms/district_report.py" line="404"/>
        <location filename="../processing/field_project.py" line="53"/>
        <source>Hazard areas</source>
        <translation>Təhlükəli ərazilər</translation>
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
        <translation>Sektorlar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="131"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="150"/>
        <location filename="../processing/algorithms/tally_finds.py" line="94"/>
        <location filename="../processing/field_project.py" line="52"/>
        <location filename="../ui/chart.py" line="56"/>
        <location filename="../ui/tabs/tally.py" line="123"/>
        <source>Finds</source>
        <translation>Tapıntılar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="150"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="176"/>
        <location filename="../ui/tabs/discrepancies.py" line="199"/>
        <source>Discrepancies</source>
        <translation>Uyğunsuzluqlar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="163"/>
        <source>Audit log</source>
        <translation>Dəyişikliklər jurnalı</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="126"/>
        <source>({lon}, {lat}) is not a longitude/latitude in degrees.</source>
        <translation>({lon}, {lat}) dərəcə ilə uzunluq/en dairəsi deyil.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="223"/>
        <source>the parent id is empty.</source>
        <translation>ana obyektin identifikatoru boşdur.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="224"/>
        <location filename="../core/sectors.py" line="288"/>
        <source>the geometry has no polygon area.</source>
        <translation>həndəsənin poliqon sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="253"/>
        <source>the cell size must be a positive number of metres, not {size}.</source>
        <translation>xana ölçüsü müsbət metr sayı olmalıdır, {size} deyil.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="255"/>
        <source>orientation must be one of {values}, not {value}.</source>
        <translation>istiqamət bunlardan biri olmalıdır: {values}, {value} deyil.</translation>
    </message>
    <message>
        <location filename="../core/sectors.py" line="380"/>
        <source>{rows} x {cols} cells of {size:g} m would be needed (more than {limit:,}); choose a larger cell size.</source>
        <translation>{size:g} m ölçülü {rows} x {cols} xana lazım olardı ({limit:,}-dən çox); daha böyük xana ölçüsü seçin.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="125"/>
        <source>category '{text}' is not a device category ClearGround knows (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER)</source>
        <translation>'{text}' ClearGround-un tanıdığı sursat kateqoriyası deyil (AP – piyada əleyhinə mina, AT – tank əleyhinə mina, UXO – partlamamış hərbi sursat, AXO – tərk edilmiş partlayıcı sursat, SUBMUNITION – kaset döyüş elementi, IED – əl üsulu ilə hazırlanmış partlayıcı qurğu, OTHER – digər)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>{what} '{text}' must be a number of at least {minimum:g}</source>
        <translation>{what}: '{text}' ən azı {minimum:g} olan ədəd olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="192"/>
        <source>kind is empty (reference, turning, intermediate, row or mine)</source>
        <translation>kind boşdur (reference – oriyentir, turning – dönmə nöqtəsi, intermediate – aralıq nöqtə, row – mina sırası və ya mine – tək mina)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="193"/>
        <source>kind '{kind}' is not one of reference, turning, intermediate, row, mine</source>
        <translation>kind '{kind}' bunlardan biri deyil: reference, turning, intermediate, row, mine</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="199"/>
        <source>point '{point}' appears twice in record '{record}' (rows {first} and {second})</source>
        <translation>'{point}' nöqtəsi '{record}' formulyarında iki dəfə var ({first} və {second} sətirləri)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="224"/>
        <source>from_point '{point}' is never placed (a loop of from_point references)</source>
        <translation>from_point '{point}' heç vaxt yerləşdirilmir (from_point istinadları qapalı dövrə əmələ gətirir)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="265"/>
        <source>coord '{text}' cannot be projected from {crs}</source>
        <translation>coord '{text}' {crs} sistemindən çevrilə bilməz</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="272"/>
        <source>neither coord nor from_point is given</source>
        <translation>nə coord, nə də from_point göstərilib</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="274"/>
        <location filename="../core/traverse.py" line="336"/>
        <source>from_point '{point}' was rejected (row {row})</source>
        <translation>from_point '{point}' rədd edildi ({row} sətri)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="277"/>
        <location filename="../core/traverse.py" line="339"/>
        <source>from_point '{point}' is not a point of record '{record}'</source>
        <translation>from_point '{point}' '{record}' formulyarının nöqtəsi deyil</translation>
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
        <translation>distance_m boşdur</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="295"/>
        <source>row {row}: bearing '{text}' read as Soviet mils (6000 to the circle)</source>
        <translation>sətir {row}: azimut '{text}' sovet bucaqölçən bölgüləri kimi oxundu (dairədə 6000)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="303"/>
        <source>declination_deg</source>
        <translation>declination_deg</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="313"/>
        <source>a reference point needs coord</source>
        <translation>oriyentir üçün coord lazımdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="334"/>
        <source>a row needs from_point (its start) or coord</source>
        <translation>mina sırası üçün from_point (başlanğıcı) və ya coord lazımdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="344"/>
        <source>distance_m (the length of the row) is empty</source>
        <translation>distance_m (mina sırasının uzunluğu) boşdur</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="349"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="351"/>
        <source>count '{text}' is not a whole number</source>
        <translation>count '{text}' tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="354"/>
        <source>spacing_m</source>
        <translation>spacing_m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="356"/>
        <source>a row needs count or spacing_m</source>
        <translation>mina sırası üçün count və ya spacing_m lazımdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="359"/>
        <source>spacing_m must be more than 0 when count is not given</source>
        <translation>count göstərilmədikdə spacing_m 0-dan böyük olmalıdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="361"/>
        <source>spacing_m {spacing:g} is less than {least:g} m: no row lays mines that close</source>
        <translation>spacing_m {spacing:g} {least:g} m-dən azdır: heç bir cərgədə minalar bu qədər sıx qoyulmur</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="365"/>
        <source>a row of {count:,} mines is more than the {most:,} one row of a record can hold: check count, spacing_m and distance_m</source>
        <translation>{count:,} minalıq cərgə bir qeydin cərgəsinin tuta biləcəyi {most:,} minadan çoxdur: count, spacing_m və distance_m-i yoxlayın</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="370"/>
        <source>row {row}: {count} mines {spacing:g} m apart need {need:g} m; the row is {length:g} m long (placed as written)</source>
        <translation>sətir {row}: bir-birindən {spacing:g} m aralı {count} mina üçün {need:g} m lazımdır; mina sırasının uzunluğu {length:g} m-dir (yazıldığı kimi yerləşdirildi)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="392"/>
        <source>record '{record}' is rejected: its perimeter lacks row {rows} (see that row)</source>
        <translation>'{record}' formulyarı rədd edildi: onun perimetrində {rows} sətri çatışmır (həmin sətrə baxın)</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="399"/>
        <source>record '{record}' is rejected: {reason}</source>
        <translation>'{record}' formulyarı rədd edildi: {reason}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="428"/>
        <source>vertex {label} repeats the one before it and was dropped</source>
        <translation>{label} təpə nöqtəsi əvvəlkini təkrarlayır və çıxarıldı</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="436"/>
        <source>the perimeter has {n} distinct vertices; at least 3 are needed</source>
        <translation>perimetrin {n} fərqli təpə nöqtəsi var; ən azı 3 lazımdır</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="444"/>
        <source>vertices {a} and {b} are {km:.1f} km apart (more than {limit:g} km): a wrong bearing, distance or coordinate</source>
        <translation>{a} və {b} təpə nöqtələri arasındakı məsafə {km:.1f} km-dir ({limit:g} km-dən çox): azimut, məsafə və ya koordinat səhvdir</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="453"/>
        <source>perimeter repaired ({reason})</source>
        <translation>perimetr düzəldildi ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="456"/>
        <source>the perimeter crosses itself ({reason})</source>
        <translation>perimetr özünü kəsir ({reason})</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="481"/>
        <source>the perimeter's holes make it invalid ({reason})</source>
        <translation>perimetrdəki boşluqlar onu yanlış edir ({reason})</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="37"/>
        <source>{package} is not installed; install {hint}.</source>
        <translation>{package} quraşdırılmayıb; {hint} quraşdırın.</translation>
    </message>
    <message>
        <location filename="../dependencies.py" line="46"/>
        <source>{package} {version} is too old (ClearGround needs {minimum} or newer); install {hint}.</source>
        <translation>{package} {version} köhnədir (ClearGround üçün {minimum} və ya daha yeni versiya lazımdır); {hint} quraşdırın.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="39"/>
        <source>ClearGround's algorithms are not available: {problems}</source>
        <translation>ClearGround alqoritmləri əlçatan deyil: {problems}</translation>
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
        <translation>ClearGround üçün nə lazımdır…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>ClearGround panel</source>
        <translation>ClearGround paneli</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="51"/>
        <location filename="../ui/mark_form.py" line="46"/>
        <source>Mark sectors</source>
        <translation>Sektorları qeyd et</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Run discrepancy analysis</source>
        <translation>Uyğunsuzluq təhlilini başlat</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <location filename="../ui/tabs/report.py" line="237"/>
        <source>Weekly report</source>
        <translation>Həftəlik hesabat</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74"/>
        <location filename="../ui/dock.py" line="159"/>
        <source>New workspace…</source>
        <translation>Yeni iş sahəsi…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <location filename="../ui/dock.py" line="160"/>
        <source>Open workspace…</source>
        <translation>İş sahəsini aç…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="25"/>
        <source>Copy workspace between GeoPackage and PostGIS</source>
        <translation>İş sahəsini GeoPackage ilə PostGIS arasında köçür</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="26"/>
        <source>Copies a whole ClearGround workspace between a GeoPackage file and a schema of a PostgreSQL/PostGIS database, losing nothing: every layer, feature (with its id and order), attribute, geometry and the audit log. Fields added to a layer beyond the standard ones are copied too; other tables are listed in the log, not copied.

Direction 'GeoPackage to PostGIS': INPUT is the .gpkg file; the workspace is created in a NEW schema SCHEMA of the QGIS connection CONNECTION, in one transaction (on any error nothing is written). CREATE_ROLES also creates the schema's reader, editor and admin roles (needs a database administrator).

Direction 'PostGIS to GeoPackage': the workspace in SCHEMA of CONNECTION is written to the new file OUTPUT. An existing file or a schema that holds tables is never overwritten.

The connection is one of QGIS's own PostgreSQL connections; its credentials come from QGIS's authentication manager and are never stored by ClearGround.</source>
        <translation>Bütöv ClearGround iş sahəsini GeoPackage faylı ilə PostgreSQL/PostGIS verilənlər bazasının sxemi arasında heç nə itirmədən köçürür: bütün laylar, obyektlər (identifikatorları və sırası ilə), atributlar, həndəsələr və dəyişikliklər jurnalı. Laya standart sahələrdən əlavə edilmiş sahələr də köçürülür; digər cədvəllər jurnalda göstərilir, köçürülmür.

'GeoPackage to PostGIS' istiqaməti: INPUT – .gpkg faylı; iş sahəsi QGIS-in CONNECTION bağlantısının YENİ SCHEMA sxemində bir tranzaksiyada yaradılır (istənilən xətada heç nə yazılmır). CREATE_ROLES sxemin reader, editor və admin rollarını da yaradır (verilənlər bazası administratoru tələb olunur).

'PostGIS to GeoPackage' istiqaməti: CONNECTION bağlantısının SCHEMA sxemindəki iş sahəsi yeni OUTPUT faylına yazılır. Mövcud faylın və ya cədvəlləri olan sxemin üzərinə heç vaxt yazılmır.

Bağlantı QGIS-in öz PostgreSQL bağlantılarından biridir; onun giriş məlumatları QGIS-in autentifikasiya menecerindən götürülür və ClearGround tərəfindən heç vaxt saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>GeoPackage to PostGIS</source>
        <translation>GeoPackage-dən PostGIS-ə</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="49"/>
        <source>PostGIS to GeoPackage</source>
        <translation>PostGIS-dən GeoPackage-ə</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="52"/>
        <source>GeoPackage workspace to copy (GeoPackage to PostGIS)</source>
        <translation>Köçürüləcək GeoPackage iş sahəsi (GeoPackage-dən PostGIS-ə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="54"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL bağlantısı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="57"/>
        <source>Schema (a new one for GeoPackage to PostGIS)</source>
        <translation>Sxem (GeoPackage-dən PostGIS-ə üçün yenisi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="59"/>
        <source>Create the reader, editor and admin roles of the schema</source>
        <translation>Sxemin reader, editor və admin rollarını yarat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="61"/>
        <source>New GeoPackage workspace (PostGIS to GeoPackage)</source>
        <translation>Yeni GeoPackage iş sahəsi (PostGIS-dən GeoPackage-ə)</translation>
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
        <translation>İş sahəsinin PostgreSQL sxemini göstərin (SCHEMA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="73"/>
        <source>Give the GeoPackage workspace to copy (INPUT).</source>
        <translation>Köçürüləcək GeoPackage iş sahəsini göstərin (INPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="75"/>
        <source>Give the new GeoPackage file to write (OUTPUT).</source>
        <translation>Yazılacaq yeni GeoPackage faylını göstərin (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="78"/>
        <source>The QGIS connection &quot;{name}&quot; keeps its password in plain settings; consider an authentication configuration instead.</source>
        <translation>QGIS-in &quot;{name}&quot; bağlantısı parolu açıq parametrlərdə saxlayır; bunun əvəzinə autentifikasiya konfiqurasiyasından istifadə etməyi düşünün.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="88"/>
        <source>Roles: {reader} (read only), {editor} (marking, triage), {admin} (schema).</source>
        <translation>Rollar: {reader} (yalnız oxuma), {editor} (qeydetmə, baxılma), {admin} (sxem).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="100"/>
        <source>{layer}: {count} features copied.</source>
        <translation>{layer}: {count} obyekt köçürüldü.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="102"/>
        <source>{layer}: the additional field(s) {fields} were copied too.</source>
        <translation>{layer}: əlavə {fields} sahə(lər)i də köçürüldü.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/copy_workspace.py" line="105"/>
        <source>Not part of the workspace, so not copied: {layers}.</source>
        <translation>İş sahəsinə aid deyil, buna görə köçürülmədi: {layers}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="58"/>
        <source>Correct records by their offsets</source>
        <translation>Formulyarları sürüşmələrinə görə düzəlt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="60"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="94"/>
        <location filename="../processing/algorithms/tally_finds.py" line="54"/>
        <location filename="../ui/tabs/discrepancies.py" line="216"/>
        <source>Analysis</source>
        <translation>Təhlil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="61"/>
        <source>Moves minefield records and their recorded mines by the transform that clearground:finddiscrepancies fitted from the finds (its OUTPUT_OFFSETS table), so that teams search where the mines really are.

Each record of OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) is turned about the centroid of its perimeter (the mean of its mines when it has none): scaled, rotated clockwise by rotation_deg, then shifted dx_m metres east and dy_m metres north, geodesically.

With SECTORS (optional), only the uncleared remainder is kept: the corrected perimeter minus the cleared sectors, and the corrected mines that do not fall in a cleared sector.

Outputs: OUTPUT_RECORDS and OUTPUT_MINES, the moved records and mines with all their fields; the original text and position are kept in raw (the original raw text, then a line 'original geometry: WKT'). Records without an offset row are left out and counted in the log.

Only records whose offset row has status fitted are moved: an ambiguous one (another transform explains its finds about as well) or one with too few finds is left out, each named in the log with why. INCLUDE_AMBIGUOUS moves the ambiguous ones too, by their best transform, and says so in their notes. An OFFSETS table without a status field (from an older run) is taken as fitted.</source>
        <translation>Mina sahəsi formulyarlarını və onlarda qeyd olunmuş minaları clearground:finddiscrepancies alqoritminin tapıntılara əsasən hesabladığı çevirmə (onun OUTPUT_OFFSETS cədvəli) ilə sürüşdürür ki, qruplar minaları həqiqətən olduqları yerdə axtarsın.

OFFSETS cədvəlinin hər formulyarı (record_id, dx_m, dy_m, rotation_deg, scale) perimetrinin mərkəzi (perimetr yoxdursa, minalarının orta nöqtəsi) ətrafında çevrilir: miqyaslanır, rotation_deg qədər saat əqrəbi istiqamətində döndərilir, sonra geodeziya üsulu ilə dx_m metr şərqə və dy_m metr şimala sürüşdürülür.

SECTORS verildikdə (istəyə görə) yalnız təmizlənməmiş qalıq saxlanılır: düzəldilmiş perimetrdən təmizlənmiş sektorlar çıxılır və təmizlənmiş sektora düşməyən düzəldilmiş minalar saxlanılır.

Nəticələr: OUTPUT_RECORDS və OUTPUT_MINES – bütün sahələri ilə sürüşdürülmüş formulyarlar və minalar; ilkin mətn və mövqe raw sahəsində saxlanılır (ilkin raw mətni, sonra 'original geometry: WKT' sətri). Sürüşmə sətri olmayan formulyarlar çıxarılır və jurnalda sayılır.

Yalnız sürüşmə sətrində statusu fitted olan qeydlər sürüşdürülür: qeyri-müəyyən olan (başqa çevirmə onun tapıntılarını təxminən eyni dərəcədə izah edir) və ya az tapıntısı olan kənarda qalır və hər biri səbəbi ilə jurnalda adlandırılır. INCLUDE_AMBIGUOUS qeyri-müəyyən olanları da ən yaxşı çevirmələri ilə sürüşdürür və bunu onların qeydlərində deyir. status sahəsi olmayan OFFSETS cədvəli (köhnə işləmədən) fitted sayılır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="92"/>
        <source>Record offsets (from Find discrepancies)</source>
        <translation>Formulyar sürüşmələri («Uyğunsuzluqları tap» alqoritmindən)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="94"/>
        <source>Sectors (to keep only the uncleared remainder)</source>
        <translation>Sektorlar (yalnız təmizlənməmiş qalığı saxlamaq üçün)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="97"/>
        <source>Also move records whose fit is ambiguous</source>
        <translation>Uyğunlaşması qeyri-müəyyən olan qeydləri də sürüşdür</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="99"/>
        <source>Corrected records</source>
        <translation>Düzəldilmiş formulyarlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="101"/>
        <source>Corrected mines</source>
        <translation>Düzəldilmiş minalar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="122"/>
        <source>Record {id} is in OFFSETS but has neither a perimeter nor mines; nothing to move.</source>
        <translation>{id} formulyarı OFFSETS-də var, lakin onun nə perimetri, nə də minaları var; sürüşdürüləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="156"/>
        <source>{count} record(s) have no offset row and were left out.</source>
        <translation>{count} formulyarın sürüşmə sətri yoxdur və onlar çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="183"/>
        <source>Recorded mine feature {fid} of record {id} has no position; left out.</source>
        <translation>{id} formulyarının {fid} mina obyektinin mövqeyi yoxdur; çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="196"/>
        <source>Moved {records} record(s) and {mines} mine(s).</source>
        <translation>{records} formulyar və {mines} mina sürüşdürüldü.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="199"/>
        <source>{count} recorded mine(s) belong to records without an offset row and were left out.</source>
        <translation>{count} qeydə alınmış mina sürüşmə sətri olmayan formulyarlara aiddir və çıxarılıb.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="202"/>
        <source>{count} corrected mine(s) fall in cleared sectors and were left out.</source>
        <translation>{count} düzəldilmiş mina təmizlənmiş sektorlara düşür və çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="213"/>
        <location filename="../processing/algorithms/find_discrepancies.py" line="310"/>
        <source>{input} has no field {fields}.</source>
        <translation>{input} layında {fields} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="219"/>
        <source>moved by an ambiguous fit, as INCLUDE_AMBIGUOUS asked ({runner}): search here with care</source>
        <translation>INCLUDE_AMBIGUOUS istədiyi kimi qeyri-müəyyən uyğunlaşma ilə sürüşdürüldü ({runner}): burada ehtiyatla axtarın</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="231"/>
        <source>OFFSETS has no status field (an older run): every row is taken as fitted.</source>
        <translation>OFFSETS-də status sahəsi yoxdur (köhnə işləmə): hər sətir fitted sayılır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="237"/>
        <source>{id}: too few finds, or finds too close together, to place its mines; clearing more of it decides</source>
        <translation>{id}: tapıntılar azdır və ya bir-birinə çox yaxındır, minalarının yerini təyin etmək olmur; daha çox təmizləmə qərar verəcək</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="241"/>
        <source>the runner-up moves it {dx} m east, {dy} m north</source>
        <translation>ikinci variant onu {dx} m şərqə, {dy} m şimala sürüşdürür</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="244"/>
        <source>{id}: ambiguous ({runner}); clear more of it, or set INCLUDE_AMBIGUOUS</source>
        <translation>{id}: qeyri-müəyyəndir ({runner}); onun daha çox hissəsini təmizləyin və ya INCLUDE_AMBIGUOUS qoyun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="249"/>
        <source>{id}: status '{status}' is not one ClearGround writes</source>
        <translation>{id}: '{status}' statusu ClearGround-un yazdığı status deyil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="253"/>
        <source>OFFSETS row {row} ({id}): record_id, dx_m, dy_m, rotation_deg and a positive scale are needed; row skipped.</source>
        <translation>OFFSETS sətri {row} ({id}): record_id, dx_m, dy_m, rotation_deg və müsbət scale lazımdır; sətir buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="257"/>
        <source>OFFSETS row {row}: record {id} appears again; the first row is used.</source>
        <translation>OFFSETS sətri {row}: {id} formulyarı təkrar gəlir; birinci sətir istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="262"/>
        <source>{count} record(s) left as they are:</source>
        <translation>{count} qeyd olduğu kimi saxlanıldı:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="266"/>
        <source>  ... and {n} more</source>
        <translation>  ... və daha {n}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/correct_record.py" line="274"/>
        <source>SECTORS has no field status.</source>
        <translation>SECTORS layında status sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="28"/>
        <source>Create sample workspace</source>
        <translation>Nümunə iş sahəsi yarat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="29"/>
        <source>Creates a new workspace filled with a plausible, made-up mine action scenario along the former line of contact in Tartar, Agdam, Khojavend, Fuzuli, Jabrayil and Zangilan districts: minefield records with their recorded mines, hazard areas, 25 m sectors in every status, and finds of 2021-2024. It holds on purpose the discrepancies that analysis must find: accurate records, records shifted by 30-150 m, records with missing mines, a cluster of unrecorded finds, scattered UXO and one post-clearance find. The log lists them.

Seed: the same seed always gives the same data. Scale: multiplies every count (1 gives about 60 records, 3,000 recorded mines, 2,500 finds and 3,000 sectors).

The districts are not copied into the workspace: use the district layer shipped with the plugin (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Place names: GeoNames (www.geonames.org), CC BY 4.0.

Output: the new .gpkg file. An existing file is never overwritten.</source>
        <translation>Tərtər, Ağdam, Xocavənd, Füzuli, Cəbrayıl və Zəngilan rayonlarında keçmiş təmas xətti boyunca inandırıcı, uydurulmuş minatəmizləmə ssenarisi ilə doldurulmuş yeni iş sahəsi yaradır: qeyd olunmuş minaları ilə mina sahəsi formulyarları, təhlükəli ərazilər, bütün statuslarda 25 m-lik sektorlar və 2021-2024-cü illərin tapıntıları. Təhlilin tapmalı olduğu uyğunsuzluqlar qəsdən daxil edilib: dəqiq formulyarlar, 30-150 m sürüşmüş formulyarlar, minaları çatışmayan formulyarlar, qeydə alınmamış tapıntılar qrupu, səpələnmiş partlamamış hərbi sursatlar və bir təmizləmədən sonrakı tapıntı. Jurnal onları sadalayır.

Seed: eyni seed həmişə eyni verilənləri verir. Scale: bütün sayları vurur (1 təxminən 60 formulyar, 3 000 qeyd olunmuş mina, 2 500 tapıntı və 3 000 sektor verir).

Rayonlar iş sahəsinə köçürülmür: plaginlə birlikdə gələn rayonlar layından istifadə edin (geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Yer adları: GeoNames (www.geonames.org), CC BY 4.0.

Nəticə: yeni .gpkg faylı. Mövcud faylın üzərinə heç vaxt yazılmır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="48"/>
        <location filename="../processing/algorithms/create_workspace.py" line="25"/>
        <location filename="../processing/algorithms/district_report.py" line="121"/>
        <location filename="../processing/base.py" line="34"/>
        <location filename="../ui/dock.py" line="48"/>
        <source>Workspace</source>
        <translation>İş sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="50"/>
        <source>Seed</source>
        <translation>Başlanğıc qiymət (seed)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="52"/>
        <source>Scale (multiplies every count)</source>
        <translation>Miqyas (bütün sayları vurur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="68"/>
        <source>Cancelled; no workspace was created.</source>
        <translation>Ləğv edildi; iş sahəsi yaradılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="74"/>
        <source>The sample could not be written, no workspace was created: {error}</source>
        <translation>Nümunəni yazmaq mümkün olmadı, iş sahəsi yaradılmadı: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="79"/>
        <source>Created sample workspace {path} (seed {seed}, scale {scale}).</source>
        <translation>{path} nümunə iş sahəsi yaradıldı (seed {seed}, miqyas {scale}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="82"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: {count} obyekt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="89"/>
        <source>Designed into the sample:</source>
        <translation>Nümunəyə qəsdən daxil edilənlər:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="91"/>
        <source>{count} accurate records: every mine found within 1-3 m of its recorded position</source>
        <translation>{count} dəqiq formulyar: hər mina qeyd olunmuş mövqeyindən 1-3 m məsafədə tapılıb</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="92"/>
        <source>{count} shifted records: the mines lie 30-150 m from the record, moved and turned by one transform</source>
        <translation>{count} sürüşmüş formulyar: minalar formulyardan 30-150 m aralıdadır, bir çevirmə ilə sürüşdürülüb və döndərilib</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="94"/>
        <source>{count} records with missing mines: fully cleared, fewer mines found than recorded</source>
        <translation>minaları çatışmayan {count} formulyar: tam təmizlənib, qeyd olunandan az mina tapılıb</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="95"/>
        <source>{count} records partly cleared</source>
        <translation>{count} formulyar qismən təmizlənib</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="96"/>
        <source>{count} records not yet worked</source>
        <translation>{count} formulyar üzrə hələ iş aparılmayıb</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="100"/>
        <source>{count} unrecorded AP finds in clusters far from every record</source>
        <translation>bütün formulyarlardan uzaqda qruplar halında {count} qeydə alınmamış AP tapıntısı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="102"/>
        <source>{count} UXO, AXO and submunition finds outside every hazard area</source>
        <translation>bütün təhlükəli ərazilərdən kənarda {count} UXO, AXO və kaset döyüş elementi tapıntısı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_sample.py" line="105"/>
        <source>Post-clearance find {find} in sector {sector} (cleared {cleared}, found {found})</source>
        <translation>{sector} sektorunda təmizləmədən sonrakı {find} tapıntısı (təmizlənib {cleared}, tapılıb {found})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="14"/>
        <source>Create workspace</source>
        <translation>İş sahəsi yarat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="15"/>
        <source>Creates a new ClearGround workspace: one GeoPackage file holding every layer of schema v1 (minefield records, recorded mines, hazard areas, sectors, finds, discrepancies and the audit log), empty, with their fields, unique ids and allowed values. An existing file is never overwritten.

Output: the .gpkg file.</source>
        <translation>Yeni ClearGround iş sahəsi yaradır: v1 sxeminin bütün laylarını (mina sahələrinin formulyarları, formulyarlarda qeyd olunmuş minalar, təhlükəli ərazilər, sektorlar, tapıntılar, uyğunsuzluqlar və dəyişikliklər jurnalı) boş halda, atributları, unikal identifikatorları və icazə verilən qiymətləri ilə saxlayan bir GeoPackage faylı. Mövcud fayl heç vaxt üzərinə yazılmır.

Nəticə: .gpkg faylı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_workspace.py" line="34"/>
        <source>Created workspace {path} (schema v{version}).</source>
        <translation>{path} iş sahəsi yaradıldı (sxem v{version}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="77"/>
        <source>Weekly district report (PDF)</source>
        <translation>Rayonlar üzrə həftəlik hesabat (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="79"/>
        <source>Reporting</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="80"/>
        <source>Writes the weekly report as a PDF built with a QGIS print layout and its atlas: a national summary page, then one page for every district that holds any minefield record, hazard area, sector or find.

Each page has a map of the district (hazard areas and records in IMAS colours, sectors by status, the finds of the period by category, the open discrepancy flags, a scale bar, a north arrow, a legend), the number of items found in the period per category, a table and a chart of the finds per period, the hectares cleared, reduced and cancelled in the period and the hectares still to release, and the open high-severity discrepancies with their messages.

Inputs: a ClearGround workspace (GeoPackage), or the layers themselves; a layer given here replaces the workspace's. TALLY takes the table of clearground:tallyfinds (run with the same districts, district field and dates); without it the tally is run here with PERIOD. DISCREPANCIES takes the flags of clearground:finddiscrepancies, else the workspace's discrepancies layer (its statuses are respected); when that is empty the analysis is run here. A record, hazard or sector belongs to the district holding a point inside it; a find or flag to the district holding it.

Dates: both ends included; empty means no limit. Hectares released are those of sectors whose status date falls in the period; remaining hectares are those of sectors not released by the end date.

TEMPLATE: a layout template (.qpt) saved from this report's layout (OUTPUT_TEMPLATE) and restyled in QGIS; its items are found by their ids (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: the same numbers as a web page. Fonts (DejaVu Sans) are embedded in the PDF.</source>
        <translation>Həftəlik hesabatı QGIS çap maketi və onun atlası ilə qurulmuş PDF kimi yazır: ölkə üzrə xülasə səhifəsi, sonra hər hansı mina sahəsi formulyarı, təhlükəli ərazi, sektor və ya tapıntısı olan hər rayon üçün bir səhifə.

Hər səhifədə rayonun xəritəsi (IMAS rənglərində təhlükəli ərazilər və formulyarlar, statusa görə sektorlar, kateqoriyaya görə dövrün tapıntıları, açıq uyğunsuzluq qeydləri, miqyas xətti, şimal oxu, legenda), dövr ərzində kateqoriyalar üzrə tapılmış əşyaların sayı, dövrlər üzrə tapıntıların cədvəli və diaqramı, dövr ərzində təmizlənmiş, azaldılmış və ləğv edilmiş hektarlar və hələ azad edilməli hektarlar, həmçinin məlumatları ilə yüksək ciddilikli açıq uyğunsuzluqlar var.

Girişlər: ClearGround iş sahəsi (GeoPackage) və ya layların özləri; burada verilən lay iş sahəsinin layını əvəz edir. TALLY clearground:tallyfinds alqoritminin cədvəlini qəbul edir (eyni rayonlar, rayon sahəsi və tarixlərlə icra olunmuş); o olmadıqda hesablama burada PERIOD ilə aparılır. DISCREPANCIES clearground:finddiscrepancies alqoritminin qeydlərini qəbul edir, yoxdursa iş sahəsinin uyğunsuzluqlar layı götürülür (onun statusları nəzərə alınır); o da boşdursa, təhlil burada aparılır. Formulyar, təhlükəli ərazi və ya sektor içindəki nöqtənin yerləşdiyi rayona, tapıntı və ya qeyd isə yerləşdiyi rayona aiddir.

Tarixlər: hər iki uc daxildir; boş – məhdudiyyət yoxdur. Azad edilmiş hektarlar statusunun tarixi dövrə düşən sektorlara aiddir; qalan hektarlar son tarixədək azad edilməmiş sektorlara aiddir.

TEMPLATE: bu hesabatın maketindən (OUTPUT_TEMPLATE) saxlanılmış və QGIS-də yenidən tərtib edilmiş maket şablonu (.qpt); onun elementləri identifikatorlarına görə tapılır (map, legend, chart, tally_table, flags_table). OUTPUT_HTML: eyni rəqəmlər veb səhifə kimi. Şriftlər (DejaVu Sans) PDF-ə daxil edilir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="123"/>
        <location filename="../processing/algorithms/district_report.py" line="402"/>
        <location filename="../processing/algorithms/tally_finds.py" line="96"/>
        <location filename="../ui/tabs/report.py" line="88"/>
        <location filename="../ui/tabs/tally.py" line="127"/>
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="125"/>
        <source>District name field</source>
        <translation>Rayon adı sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="128"/>
        <location filename="../processing/algorithms/tally_finds.py" line="113"/>
        <source>From (inclusive)</source>
        <translation>Başlanğıc (daxil olmaqla)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="130"/>
        <location filename="../processing/algorithms/tally_finds.py" line="115"/>
        <source>To (inclusive)</source>
        <translation>Son (daxil olmaqla)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="132"/>
        <source>Minefield records (instead of the workspace's)</source>
        <translation>Mina sahəsi formulyarları (iş sahəsininkilərin əvəzinə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="133"/>
        <source>Hazard areas (instead of the workspace's)</source>
        <translation>Təhlükəli ərazilər (iş sahəsininkilərin əvəzinə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="134"/>
        <source>Sectors (instead of the workspace's)</source>
        <translation>Sektorlar (iş sahəsininkilərin əvəzinə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="135"/>
        <source>Finds (instead of the workspace's)</source>
        <translation>Tapıntılar (iş sahəsininkilərin əvəzinə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="136"/>
        <source>Discrepancies (from Find discrepancies)</source>
        <translation>Uyğunsuzluqlar («Uyğunsuzluqları tap» alqoritmindən)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="137"/>
        <source>Tally table (from Tally finds)</source>
        <translation>Hesablama cədvəli («Tapıntıları rayonlar üzrə say» alqoritmindən)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="141"/>
        <source>Layout template (.qpt)</source>
        <translation>Maket şablonu (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="142"/>
        <source>Period of the table and chart</source>
        <translation>Cədvəl və diaqramın dövrü</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="146"/>
        <source>Data credits</source>
        <translation>Verilənlərin mənbələri</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <source>Report (PDF)</source>
        <translation>Hesabat (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="151"/>
        <location filename="../ui/tabs/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML summary</source>
        <translation>HTML xülasəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="153"/>
        <source>HTML files (*.html)</source>
        <translation>HTML faylları (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <source>Layout template to restyle (.qpt)</source>
        <translation>Yenidən tərtib üçün maket şablonu (.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="155"/>
        <location filename="../ui/tabs/report.py" line="87"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Maket şablonları (*.qpt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="157"/>
        <source>Pages</source>
        <translation>Səhifələr</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="167"/>
        <source>The districts layer has no field '{field}'.</source>
        <translation>Rayonlar layında '{field}' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="171"/>
        <location filename="../processing/algorithms/tally_finds.py" line="144"/>
        <location filename="../ui/tabs/report.py" line="182"/>
        <source>The date range is empty: 'From' comes after 'To'.</source>
        <translation>Tarix aralığı boşdur: «Başlanğıc» «Son»dan sonradır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="178"/>
        <source>No finds: give a workspace or a finds layer.</source>
        <translation>Tapıntı yoxdur: iş sahəsi və ya tapıntılar layı göstərin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="180"/>
        <source>Placing the data in districts…</source>
        <translation>Verilənlər rayonlar üzrə yerləşdirilir…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="187"/>
        <source>No district holds any record, hazard area, sector or find.</source>
        <translation>Heç bir rayonda formulyar, təhlükəli ərazi, sektor və ya tapıntı yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="194"/>
        <source>The tally names districts that the districts layer lacks (counted in the national total only): {names}</source>
        <translation>Hesablamada rayonlar layında olmayan rayonlar var (yalnız ölkə üzrə cəmdə sayılır): {names}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="209"/>
        <source>{credits} · Data: {workspace}</source>
        <translation>{credits} · Verilənlər: {workspace}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="210"/>
        <source>Map: WGS 84 / UTM zone {zone}; the finds of the period and the open discrepancy flags.</source>
        <translation>Xəritə: WGS 84 / UTM zonası {zone}; dövrün tapıntıları və açıq uyğunsuzluq qeydləri.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="214"/>
        <source>Laying out {n} pages…</source>
        <translation>{n} səhifə tərtib olunur…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="221"/>
        <source>Issued {date} · ClearGround</source>
        <translation>Buraxılış tarixi {date} · ClearGround</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="232"/>
        <location filename="../processing/algorithms/district_report.py" line="257"/>
        <location filename="../workspace/report_layout.py" line="282"/>
        <source>Weekly mine action report</source>
        <translation>Minatəmizləmə üzrə həftəlik hesabat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="233"/>
        <source>EXPLOSIVE ORDNANCE FOUND IN THE PERIOD</source>
        <translation>DÖVR ƏRZİNDƏ AŞKARLANMIŞ PARTLAYICI SURSAT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="234"/>
        <source>LAND RELEASE</source>
        <translation>ƏRAZİLƏRİN AZAD EDİLMƏSİ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="235"/>
        <source>OPEN HIGH-SEVERITY DISCREPANCIES</source>
        <translation>YÜKSƏK CİDDİLİKLİ AÇIQ UYĞUNSUZLUQLAR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="236"/>
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Səhifə [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="243"/>
        <source>Writing the PDF…</source>
        <translation>PDF yazılır…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="261"/>
        <source>{n} pages: the national summary and {d} districts.</source>
        <translation>{n} səhifə: ölkə üzrə xülasə və {d} rayon.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="286"/>
        <source>The workspace has no layer '{name}'.</source>
        <translation>İş sahəsində '{name}' layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="322"/>
        <source>Tallying the finds…</source>
        <translation>Tapıntılar hesablanır…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="336"/>
        <source>The tally table has no field {fields}: give the table of Tally finds.</source>
        <translation>Hesablama cədvəlində {fields} sahəsi yoxdur: «Tapıntıları rayonlar üzrə say» alqoritminin cədvəlini göstərin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="367"/>
        <source>The workspace holds no discrepancies: running Find discrepancies.</source>
        <translation>İş sahəsində uyğunsuzluq yoxdur: «Uyğunsuzluqları tap» işə salınır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="384"/>
        <source>The discrepancies layer has no field {fields}.</source>
        <translation>Uyğunsuzluqlar layında {fields} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="393"/>
        <source>Outside the districts</source>
        <translation>Rayonlardan kənarda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Finds in the period</source>
        <translation>Dövr ərzində tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="405"/>
        <source>Open discrepancies</source>
        <translation>Açıq uyğunsuzluqlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER DISTRICT</source>
        <translation>RAYONLAR ÜZRƏ TAPINTILAR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/district_report.py" line="483"/>
        <source>FINDS PER PERIOD</source>
        <translation>DÖVRLƏR ÜZRƏ TAPINTILAR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="92"/>
        <source>Find discrepancies (map versus reality)</source>
        <translation>Uyğunsuzluqları tap (xəritə və reallıq)</translation>
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
        <translation>Mina sahəsi formulyarlarını (və onlarda qeyd olunmuş minaları) tapıntılar və sektorlarla müqayisə edir və uyğun gəlmədikləri yerləri qeyd edir:
- find_outside_records: bütün formulyarlardan PERIMETER_BUFFER metrdən uzaqda olan AP/AT tapıntıları, qruplara birləşdirilmiş (hər qrup üçün bir qeyd: minaların sayı observed sahəsində, tapıntı identifikatorları find_id sahəsində);
- missing_mines / surplus_mines: sahəsi ən azı MIN_CLEARED faiz təmizlənmiş formulyarlar üçün kateqoriyalar üzrə qeyd olunmuş və tapılmış minaların sayı (SECTORS lazımdır);
- type_mismatch: formulyarda göstərilməyən tapılmış kateqoriyalar və ya modellər;
- unmatched_recorded_mine: təmizlənmiş sektorda olan, TOLERANCE metr daxilində tapıntısı olmayan qeydə alınmış mina (formulyarın sürüşməsi müəyyən edilibsə, onu nəzərə aldıqdan sonra);
- systematic_offset: tapıntıları bir sürüşmə, döndərmə və miqyas dəyişməsindən sonra minaları ilə xeyli yaxşı üst-üstə düşən formulyar (dayanıqlı üsulla hesablanır); formulyarın raw mətnində traversa varsa, sovet bucaqölçən bölgülərinin NATO mil bölgüləri kimi oxunması (və əksinə), həmçinin səhv və ya nəzərə alınmamış maqnit meyli də yoxlanılır;
- post_clearance_find: sektoru azad edildikdən sonrakı tarixli tapıntı.

Bütün məsafələr metrlədir (verilənlərin mərkəzində köndələn Merkator proyeksiyası, bildirilən sürüşmələr üçün geodeziya üsulu). Tapıntılar qeyd olunmuş minalarla birə-bir, ən yaxından başlayaraq, eyni kateqoriya daxilində uyğunlaşdırılır. Başqa formulyarın minası üzərində (o formulyar çəkildiyi kimi) olan tapıntı həmin formulyarın sübutudur, bu formulyarı sürüşdürmək üçün səbəb deyil.

Əlavə parametrlər: SEARCH_RADIUS – axtarılan ən böyük formulyar sürüşməsi (susmaya görə 200 m); MAX_ROTATION (susmaya görə 12 dərəcə); DECLINATION – traversada göstərilmədikdə yoxlanılan maqnit meyli (susmaya görə şərqə 6 dərəcə).

Nəticələr: OUTPUT — qeydlər (uyğunsuzluqlar qatının sahələri), ciddilik və ölçüyə görə sıralanmış; OUTPUT_OFFSETS — yaxınlığında tapıntılar olan hər qeyd üçün bir sətir: qeydin mərkəzinin dx_m (şərqə) və dy_m (şimala), rotation_deg (mərkəz ətrafında saat əqrəbi istiqamətində), scale, rms_before_m, rms_after_m, matches və status: fitted, ambiguous (başqa çevirmə, runner_up_dx_m, runner_up_dy_m, runner_up_rotation_deg, runner_up_scale, sübutları təxminən eyni dərəcədə izah edir: bir tərəfdən təmizlənən cərgəli sahə tapıntılarına bir cərgə və ya bir mina addımı sürüşmə ilə də uyğun gəlir) və ya too_few_finds; confidence = 1 − ikincinin sübutu / ən yaxşının sübutu (sübut: izah olunan tapıntılar, çıxılmaqla sürüşdürülmüş qeydin içində izah olunmayan tapıntılar və heç nə tapılmayan təmizlənmiş əraziyə düşən minalar); fitted sayılmaq üçün ən yaxşı 3 fərqlə qalib gəlməlidir. clearground:correctrecord fitted olanları tətbiq edir. OUTPUT_LINKS (istəyə görə): hər uyğunlaşdırılmış tapıntıdan qeydin minanı qoyduğu yerə xətt. İstifadə oluna bilməyən sətirlər jurnalda obyekt identifikatoru və sahə ilə sadalanır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="155"/>
        <source>Tolerance (m)</source>
        <translation>Yol verilən xəta (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="157"/>
        <source>Perimeter buffer (m)</source>
        <translation>Perimetr buferi (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="160"/>
        <source>Minimum cleared before counts are compared (% of a record's area)</source>
        <translation>Saylar müqayisə edilməzdən əvvəl minimal təmizlənmiş hissə (formulyar sahəsinin %-i)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="163"/>
        <source>Largest record offset looked for (m)</source>
        <translation>Axtarılan ən böyük formulyar sürüşməsi (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="165"/>
        <source>Largest record rotation looked for (degrees)</source>
        <translation>Axtarılan ən böyük formulyar dönməsi (dərəcə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="167"/>
        <source>Magnetic declination tried when a traverse omitted it (degrees east)</source>
        <translation>Traversada göstərilmədikdə yoxlanılan maqnit meyli (şərqə dərəcə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="174"/>
        <source>Store the flags in workspace (keeping reviews)</source>
        <translation>Bayraqları iş sahəsində saxla (baxışlar qorunur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="178"/>
        <location filename="../ui/tabs/discrepancies.py" line="382"/>
        <source>Record offsets</source>
        <translation>Formulyar sürüşmələri</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="180"/>
        <source>Matched finds (lines to the recorded mines)</source>
        <translation>Uyğunlaşdırılmış tapıntılar (qeyd olunmuş minalara xətlər)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="182"/>
        <source>Number of flags</source>
        <translation>Qeydlərin sayı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="194"/>
        <source>Reading records, mines, finds and sectors</source>
        <translation>Formulyarlar, minalar, tapıntılar və sektorlar oxunur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="224"/>
        <source>No SECTORS: counts are not compared and cleared ground is not checked.</source>
        <translation>SECTORS yoxdur: saylar müqayisə edilmir və təmizlənmiş ərazi yoxlanılmır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="225"/>
        <source>Comparing the records with the finds</source>
        <translation>Formulyarlar tapıntılarla müqayisə edilir</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="231"/>
        <source>{layer} feature {row} ({field}): {reason}</source>
        <translation>{layer}, obyekt {row} ({field}): {reason}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="234"/>
        <source>Writing the flags</source>
        <translation>Qeydlər yazılır</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="275"/>
        <source>{count} flags: {detail}.</source>
        <translation>{count} qeyd: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="276"/>
        <location filename="../processing/algorithms/mark_sectors.py" line="311"/>
        <location filename="../processing/field_syncing.py" line="121"/>
        <location filename="../workspace/locate.py" line="41"/>
        <location filename="../workspace/locate.py" line="48"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/find_discrepancies.py" line="292"/>
        <source>{total} flags stored in {workspace}; {carried} kept their review, {kept} reviewed flags no longer raised were kept.</source>
        <translation>{workspace} iş sahəsində {total} bayraq saxlanıldı; {carried} bayraq baxışını saxladı, artıq qaldırılmayan {kept} baxılmış bayraq saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="65"/>
        <location filename="../processing/sector_run.py" line="66"/>
        <source>it has no geometry</source>
        <translation>onun həndəsəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="79"/>
        <source>it cannot be transformed to EPSG:4326 ({error})</source>
        <translation>onu EPSG:4326 sisteminə çevirmək mümkün deyil ({error})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="86"/>
        <location filename="../ui/tabs/sectors.py" line="101"/>
        <location filename="../ui/tabs/sectors.py" line="110"/>
        <source>Generate sectors</source>
        <translation>Sektorlar yarat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="90"/>
        <source>Divides each input polygon (minefield record or hazard area) into square clearance sectors of CELL_SIZE metres, laid out in the polygon's local UTM zone and stored in EPSG:4326.

ORIENTATION: grid (cells on the UTM grid) or longest_edge (cells parallel to the polygon's longest edge, so lanes follow the fence or the road).

The cells are clipped to the polygon; pieces smaller than MIN_SLIVER percent of a cell are merged into the neighbour they share the longest boundary with (a piece that touches no other stays a sector of its own). The sectors of a polygon cover it exactly: no gaps, no overlaps, holes and multipolygons included. Invalid polygons are repaired first.

Ids are PARENT-row-col (rows from the top, columns from the left of the polygon's grid); a cell cut into separate pieces names the further pieces PARENT-row-col.2, .3, ... Running the algorithm again on the same polygon gives the same ids.

ID_FIELD: the parent id (default: hazard_id, else record_id). Rows without an id, with a duplicate id or without a polygon are listed in the log and get no sectors.

Output: the sectors layer (status planned, version 1).</source>
        <translation>Hər giriş poliqonunu (mina sahəsi formulyarı və ya təhlükəli ərazi) tərəfi CELL_SIZE metr olan kvadrat təmizləmə sektorlarına bölür; sektorlar poliqonun yerli UTM zonasında qurulur və EPSG:4326 sistemində saxlanılır.

ORIENTATION: grid (xanalar UTM şəbəkəsi üzrə) və ya longest_edge (xanalar poliqonun ən uzun tərəfinə paraleldir, belə ki keçidlər hasar və ya yol boyunca uzanır).

Xanalar poliqon üzrə kəsilir; xananın MIN_SLIVER faizindən kiçik hissələri ən uzun ortaq sərhədə malik qonşu xanaya birləşdirilir (heç bir xanaya toxunmayan hissə ayrıca sektor olaraq qalır). Poliqonun sektorları onu tam örtür: boşluq və üst-üstə düşmə olmadan, daxili boşluqlar və çoxhissəli poliqonlar da daxil olmaqla. Yanlış poliqonlar əvvəlcə düzəldilir.

İdentifikatorlar PARENT-sətir-sütun formasındadır (sətirlər yuxarıdan, sütunlar poliqon şəbəkəsinin solundan sayılır); ayrı hissələrə kəsilmiş xananın sonrakı hissələri PARENT-sətir-sütun.2, .3, ... adlanır. Alqoritmi eyni poliqon üçün yenidən işə saldıqda eyni identifikatorlar alınır.

ID_FIELD: ana obyektin identifikatoru (susmaya görə hazard_id, yoxdursa record_id). İdentifikatoru olmayan, təkrarlanan identifikatorlu və ya poliqonsuz sətirlər jurnalda göstərilir və onlar üçün sektor yaradılmır.

Nəticə: sektorlar layı (status planned, versiya 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="118"/>
        <source>Records or hazard areas</source>
        <translation>Formulyarlar və ya təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="120"/>
        <source>Parent id field</source>
        <translation>Ana obyektin identifikator sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="122"/>
        <source>Cell size (m)</source>
        <translation>Xana ölçüsü (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="124"/>
        <location filename="../ui/tabs/sectors.py" line="120"/>
        <source>Orientation</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="129"/>
        <source>Smallest piece kept on its own (% of a cell)</source>
        <translation>Ayrıca saxlanılan ən kiçik hissə (xananın %-i)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="131"/>
        <source>Add the sectors to workspace</source>
        <translation>Sektorları iş sahəsinə əlavə et</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="134"/>
        <source>Number of sectors</source>
        <translation>Sektorların sayı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="135"/>
        <source>Input rows without sectors</source>
        <translation>Sektorsuz giriş sətirləri</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="146"/>
        <source>Choose the parent id field (ID_FIELD): the input has neither hazard_id nor record_id.</source>
        <translation>Ana obyektin identifikator sahəsini (ID_FIELD) seçin: giriş layında nə hazard_id, nə də record_id var.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="149"/>
        <source>The input has no field {field}.</source>
        <translation>Giriş layında {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="153"/>
        <source>ORIENTATION must be one of: {values}.</source>
        <translation>ORIENTATION bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="179"/>
        <source>{sectors} sectors for {parents} polygons ({merged} slivers merged); {skipped} rows without sectors.</source>
        <translation>{parents} poliqon üçün {sectors} sektor ({merged} kiçik qırıntı birləşdirildi); {skipped} sətir sektorsuz qaldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/generate_sectors.py" line="197"/>
        <source>{count} sectors added to {workspace}.</source>
        <translation>{workspace} iş sahəsinə {count} sektor əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="60"/>
        <source>Import finds from a field report</source>
        <translation>Tapıntıları sahə hesabatından idxal et</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="62"/>
        <location filename="../processing/algorithms/import_hazards.py" line="34"/>
        <source>Field data</source>
        <translation>Sahə məlumatları</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="64"/>
        <source>Reads the finds of a field report and adds the new ones to the workspace's finds.

INPUT: a CSV or XLSX table, or a GeoJSON, GeoPackage, KML or GPX file of points (of a GPX file its waypoints: file.gpx|layername=waypoints). Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and their values: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, and the position as coord (decimal degrees, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat and lon, or x and y in CRS (the CRS of bare projected numbers; default EPSG:4326). FIELD_MAPPING overrides the guess, e.g. find_id=Nomre;found_date=Tarix;coord=Koordinat.

Dates: 2022-03-12 and 2022/03/12 as written; 12.03.2022, 12/03/2022 and 12-03-2022 are read DAY FIRST. A date with no such month (03/25/2022), one that does not exist (31.02.2022) or lies in the future is rejected with the reason; a slash date that reads both ways (03/04/2022) is read day first and said in the log, and is rejected when the same report writes other dates month first. Category and model go through the ordnance dictionary (resources/ordnance/models.csv): a category column holding a model (ПМН-2) gives the model and its category; an unknown category, or a category its model contradicts, is rejected. quantity is a whole number (1 when empty), depth_cm centimetres (15, 15 cm, 0.15 m).

Every row is imported, a duplicate, or rejected: OUTPUT_REJECTS lists the rejected and duplicate rows with their row number and reason. A find already in WORKSPACE or earlier in the report (the same find_id or uuid, or within 1 m with the same date and model) is a duplicate: counted in DUPLICATES, not added again, so importing a report twice changes nothing. A find_id already used for a find at another place is rejected, not overwritten. A report without find ids gets stable ids made from each find (F-...), the same on every import. A find without a sector takes the workspace sector that holds it. Columns no field takes are kept in raw, the report and row in source. OUTPUT_FINDS holds the finds added.</source>
        <translation>Sahə hesabatının tapıntılarını oxuyur və yenilərini iş sahəsinin tapıntılarına əlavə edir.

INPUT: CSV və ya XLSX cədvəli, yaxud nöqtələrdən ibarət GeoJSON, GeoPackage, KML və ya GPX faylı (GPX faylından onun yol nöqtələri: file.gpx|layername=waypoints). Sütunlar adlarına (ingiliscə, azərbaycanca, rusca, ukraynaca) və dəyərlərinə görə tanınır: find_id, found_date, category, model, quantity, depth_cm, team, sector_id, uuid, photo, mövqe isə coord (onluq dərəcələr, DMS, UTM 38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat və lon, yaxud CRS-də x və y kimi (CRS — çılpaq proyeksiya ədədlərinin CRS-i; standart olaraq EPSG:4326). FIELD_MAPPING təxmini əvəz edir, məs. find_id=Nomre;found_date=Tarix;coord=Koordinat.

Tarixlər: 2022-03-12 və 2022/03/12 yazıldığı kimi; 12.03.2022, 12/03/2022 və 12-03-2022 ƏVVƏLCƏ GÜN kimi oxunur. Belə ayı olmayan tarix (03/25/2022), mövcud olmayan tarix (31.02.2022) və ya gələcəkdəki tarix səbəbi göstərilməklə rədd edilir; hər iki cür oxuna bilən xətt işarəli tarix (03/04/2022) əvvəlcə gün kimi oxunur və bu, jurnalda qeyd olunur; eyni hesabat digər tarixləri əvvəlcə ay ilə yazırsa, belə tarix rədd edilir. Kateqoriya və model sursat lüğətindən (resources/ordnance/models.csv) keçir: model saxlayan kateqoriya sütunu (ПМН-2) modeli və onun kateqoriyasını verir; naməlum kateqoriya və ya modelin ziddinə olan kateqoriya rədd edilir. quantity tam ədəddir (boşdursa 1), depth_cm santimetrdir (15, 15 cm, 0.15 m).

Hər sətir ya idxal olunur, ya dublikatdır, ya da rədd edilir: OUTPUT_REJECTS rədd edilmiş və dublikat sətirləri sətir nömrəsi və səbəbi ilə sadalayır. WORKSPACE-də və ya hesabatda daha əvvəl olan tapıntı (eyni find_id və ya uuid, yaxud eyni tarix və modellə 1 m daxilində) dublikatdır: DUPLICATES-də sayılır, təkrar əlavə edilmir, ona görə hesabatı iki dəfə idxal etmək heç nəyi dəyişmir. Artıq başqa yerdəki tapıntı üçün istifadə olunmuş find_id rədd edilir, üzərinə yazılmır. Tapıntı identifikatorları olmayan hesabat hər tapıntıdan yaradılan sabit identifikatorlar (F-...) alır, hər idxalda eyni. Sektoru olmayan tapıntı onu əhatə edən iş sahəsi sektorunu alır. Heç bir sahənin götürmədiyi sütunlar raw-da, hesabat və sətir isə source-da saxlanılır. OUTPUT_FINDS əlavə edilmiş tapıntıları saxlayır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="103"/>
        <source>Field report (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</source>
        <translation>Sahə hesabatı (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="104"/>
        <location filename="../processing/algorithms/import_hazards.py" line="73"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="200"/>
        <source>Import into workspace</source>
        <translation>İş sahəsinə idxal et</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="106"/>
        <location filename="../processing/algorithms/import_hazards.py" line="75"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="197"/>
        <source>Field mapping (target=column;...)</source>
        <translation>Sahə uyğunlaşdırması (hədəf=sütun;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="107"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="186"/>
        <location filename="../ui/import_dialog.py" line="88"/>
        <location filename="../ui/tabs/records.py" line="359"/>
        <source>CRS of bare coordinates</source>
        <translation>Zonasız koordinatların koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="109"/>
        <source>Finds added</source>
        <translation>Əlavə edilmiş tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="110"/>
        <location filename="../processing/algorithms/import_hazards.py" line="78"/>
        <source>Rejected and duplicate rows</source>
        <translation>Rədd edilmiş və dublikat sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="112"/>
        <location filename="../processing/algorithms/import_hazards.py" line="80"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="217"/>
        <source>Rows read</source>
        <translation>Oxunmuş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="113"/>
        <location filename="../processing/algorithms/import_hazards.py" line="81"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="218"/>
        <source>Rows imported</source>
        <translation>İdxal edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="114"/>
        <location filename="../processing/algorithms/import_hazards.py" line="82"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="219"/>
        <source>Rows rejected</source>
        <translation>Rədd edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="115"/>
        <location filename="../processing/algorithms/import_hazards.py" line="84"/>
        <source>Duplicates (already known)</source>
        <translation>Dublikatlar (artıq məlumdur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="116"/>
        <source>Sectors found by position</source>
        <translation>Mövqeyə görə tapılan sektorlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="135"/>
        <location filename="../processing/algorithms/import_hazards.py" line="99"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="313"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="324"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="329"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>İdxal ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="146"/>
        <source>{read} rows read: {imported} imported, {duplicates} duplicates, {rejected} rejected.</source>
        <translation>{read} sətir oxundu: {imported} idxal edildi, {duplicates} dublikat, {rejected} rədd edildi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="156"/>
        <location filename="../processing/algorithms/import_hazards.py" line="119"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="296"/>
        <source>Read {n} rows from {name}.</source>
        <translation>{name} faylından {n} sətir oxundu.</translation>
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
        <translation>Tarixlərdə əvvəlcə gün oxunur: 12.03.2022 və 12/03/2022 — 12 mart 2022 deməkdir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="164"/>
        <source>{n} dates read both ways and were read day first: {rows}</source>
        <translation>{n} tarix hər iki cür oxunur və əvvəl gün kimi oxundu: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="168"/>
        <source>{n} finds had no id: ids were made from each find (the same on every import).</source>
        <translation>{n} tapıntının identifikatoru yox idi: identifikatorlar hər tapıntının özündən yaradıldı (hər idxalda eyni).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="171"/>
        <source>{n} finds took the sector that holds them.</source>
        <translation>{n} tapıntıya onları əhatə edən sektor təyin edildi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="174"/>
        <source>{n} rows are finds already known ({where}), not added again:</source>
        <translation>{n} sətir artıq məlum olan tapıntılardır ({where}), yenidən əlavə edilmədi:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_finds.py" line="182"/>
        <location filename="../processing/algorithms/import_hazards.py" line="137"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="281"/>
        <source>... and {n} more; see the rejects output.</source>
        <translation>... və daha {n}; rədd edilmiş sətirlər nəticəsinə baxın.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="32"/>
        <source>Import hazard areas from a survey</source>
        <translation>Təhlükəli əraziləri tədqiqatdan idxal et</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="36"/>
        <source>Reads the suspected and confirmed hazardous areas (SHA, CHA) of a survey and adds the new ones to the workspace's hazard areas.

INPUT: a GIS file of polygons (GeoPackage, GeoJSON, KML, Shapefile) in any CRS. Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING overrides the guess, e.g. hazard_id=Nomre;classification=Novu;evidence=Esas.

classification takes SHA and CHA and the words surveys write: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; anything else is rejected. status takes open, worked_on, closed and their usual words (открыт, в работе, закрыт, açıq, bağlı, ...); empty means open.

Polygons are checked as the mine-map import checks them (GICHD geocheck rules): a polygon that crosses itself is repaired through make_valid where that gives one polygon (counted in ROWS_REPAIRED); one that would become several, has fewer than 3 vertices, a leg over 5 km, no geometry, or repeats another's polygon is rejected with the reason.

Every feature is imported, a duplicate, or rejected, with its row number and reason in OUTPUT_REJECTS. A hazard_id already in WORKSPACE with the same polygon and attributes is a duplicate (DUPLICATES): importing a survey twice changes nothing. The same hazard_id with another polygon or attribute is a conflict (CONFLICTS, also in the rejects), named and never overwritten. A feature without hazard_id gets one made from its polygon (HZ-...), the same on every import. Columns no field takes are kept in raw, the file and row in source. OUTPUT_HAZARDS holds the hazards added.</source>
        <translation>Sorğunun şübhəli və təsdiqlənmiş təhlükəli ərazilərini (SHA, CHA) oxuyur və yenilərini iş sahəsinin təhlükəli ərazilərinə əlavə edir.

INPUT: istənilən CRS-də poliqonlardan ibarət CİS faylı (GeoPackage, GeoJSON, KML, Shapefile). Sütunlar adlarına görə tanınır (ingiliscə, azərbaycanca, rusca, ukraynaca): hazard_id, classification, status, record_id, district, evidence. FIELD_MAPPING təxmini əvəz edir, məs. hazard_id=Nomre;classification=Novu;evidence=Esas.

classification SHA və CHA-nı, həmçinin sorğuların yazdığı sözləri qəbul edir: suspected / confirmed, подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; qalan hər şey rədd edilir. status open, worked_on, closed dəyərlərini və onların adi sözlərini qəbul edir (открыт, в работе, закрыт, açıq, bağlı, ...); boş dəyər open deməkdir.

Poliqonlar mina xəritəsi idxalında olduğu kimi yoxlanılır (GICHD geocheck qaydaları): özünü kəsən poliqon, nəticədə bir poliqon alınarsa, make_valid vasitəsilə düzəldilir (ROWS_REPAIRED-də sayılır); bir neçə poliqona çevriləcək, 3-dən az təpəsi olan, 5 km-dən uzun tərəfi olan, həndəsəsi olmayan və ya başqasının poliqonunu təkrarlayan poliqon səbəbi göstərilməklə rədd edilir.

Hər obyekt ya idxal olunur, ya dublikatdır, ya da rədd edilir; sətir nömrəsi və səbəbi OUTPUT_REJECTS-dədir. WORKSPACE-də eyni poliqon və atributlarla artıq olan hazard_id dublikatdır (DUPLICATES): sorğunu iki dəfə idxal etmək heç nəyi dəyişmir. Başqa poliqon və ya atributla eyni hazard_id ziddiyyətdir (CONFLICTS, həm də rədd edilənlərdə): adı çəkilir və heç vaxt üzərinə yazılmır. hazard_id-si olmayan obyekt öz poliqonundan yaradılan identifikator (HZ-...) alır, hər idxalda eyni. Heç bir sahənin götürmədiyi sütunlar raw-da, fayl və sətir isə source-da saxlanılır. OUTPUT_HAZARDS əlavə edilmiş təhlükəli əraziləri saxlayır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="72"/>
        <source>Survey polygons (GeoPackage, GeoJSON, KML, Shapefile)</source>
        <translation>Sorğu poliqonları (GeoPackage, GeoJSON, KML, Shapefile)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="76"/>
        <source>Hazard areas added</source>
        <translation>Əlavə edilmiş təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="83"/>
        <location filename="../processing/algorithms/import_mine_map.py" line="220"/>
        <source>Rows imported after a repair</source>
        <translation>Düzəlişdən sonra idxal edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="85"/>
        <source>Conflicts with hazards already known</source>
        <translation>Artıq məlum olan təhlükəli ərazilərlə ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="108"/>
        <source>{read} rows read: {imported} imported ({repaired} repaired), {duplicates} duplicates, {rejected} rejected ({conflicts} conflicts).</source>
        <translation>{read} sətir oxundu: {imported} idxal edildi ({repaired} düzəldildi), {duplicates} dublikat, {rejected} rədd edildi ({conflicts} ziddiyyət).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="129"/>
        <source>{n} hazards had no id: ids were made from each polygon (the same on every import).</source>
        <translation>{n} təhlükəli ərazinin identifikatoru yox idi: identifikatorlar hər poliqondan yaradıldı (hər idxalda eyni).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_hazards.py" line="132"/>
        <source>{n} hazards are already in the workspace, unchanged: not added again.</source>
        <translation>{n} təhlükəli ərazi artıq iş sahəsindədir, dəyişməyib: yenidən əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="104"/>
        <location filename="../ui/import_dialog.py" line="60"/>
        <source>Import mine map</source>
        <translation>Mina xəritəsini idxal et</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="107"/>
        <source>Reads minefield records (mine maps) and writes them as minefield records and recorded mines.

INPUT takes: a traverse CSV (columns record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), a CSV or XLSX table of mine points (lat and lon, x and y, or one coord column), or a GIS file (GeoPackage, Shapefile, GeoJSON, KML) of perimeter polygons and/or mine points in any CRS.

Coordinates may be decimal degrees (lat lon; swapped values are detected), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) or SK-42 Gauss-Kruger (X=4432100 Y=8612345, the zone in front of Y). CRS is the CRS of bare coordinates (x/y columns, numbers without a zone) and of grid bearings when the record gives no coordinates of its own.

Bearings are in DEFAULT_UNIT unless a row says otherwise: deg, mil6400 (NATO mils) or mil6000 (Soviet mils; 12-50 means 1250). north is grid (corrected by the meridian convergence of the record's CRS), true, or magnetic (true = magnetic + declination; DECLINATION in degrees east when the row gives none). Positions are geodesic on WGS 84.

FIELD_MAPPING overrides the guessed column names, e.g. record_id=Nomre;lat=Enlik. EXPECTED_AREA (polygons) rejects what lies outside it, and finds latitude/longitude swaps. WORKSPACE (a ClearGround GeoPackage) receives the records and mines in one transaction: an error leaves it as it was; record ids already there are rejected.

Every input row is imported or listed in OUTPUT_REJECTS with its row number, record, raw text and the reason. Perimeters are checked (at least 3 vertices, no leg over 5 km, not crossing themselves) and repaired only where safe, said in notes. recorded_ap and recorded_at are counted from the mines when the file does not state them.</source>
        <translation>Mina sahəsi formulyarlarını (mina xəritələrini) oxuyur və onları mina sahəsi formulyarları və qeyd olunmuş minalar kimi yazır.

INPUT qəbul edir: traversa CSV faylı (sütunlar record_id, point_id, kind, from_point, bearing, unit, north, distance_m, coord, crs, category, model, count, spacing_m, declination_deg), mina nöqtələrinin CSV və ya XLSX cədvəli (lat və lon, x və y və ya bir coord sütunu), yaxud istənilən koordinat sistemində perimetr poliqonları və/və ya mina nöqtələri olan GIS faylı (GeoPackage, Shapefile, GeoJSON, KML).

Koordinatlar onluq dərəcə (lat lon; yerləri dəyişdirilmiş qiymətlər aşkarlanır), DMS (40°01'12&quot;N 46°55'30&quot;E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) və ya SK-42 Qauss-Krüger (X=4432100 Y=8612345, zona Y-in əvvəlində) ola bilər. CRS – zonasız koordinatların (x/y sütunları, zonasız ədədlər) və formulyar öz koordinatlarını vermədikdə şəbəkə azimutlarının koordinat sistemidir.

Sətirdə başqa cür göstərilməyibsə, azimutlar DEFAULT_UNIT vahidindədir: deg, mil6400 (NATO mil bölgüləri) və ya mil6000 (sovet bucaqölçən bölgüləri; 12-50 1250 deməkdir). north: grid (formulyarın koordinat sisteminin meridianlar yaxınlaşması ilə düzəldilir), true və ya magnetic (həqiqi = maqnit + meyl; sətirdə göstərilmədikdə DECLINATION şərqə dərəcə ilə). Mövqelər WGS 84 üzrə geodeziya üsulu ilə hesablanır.

FIELD_MAPPING təxmin edilmiş sütun adlarını əvəz edir, məsələn record_id=Nomre;lat=Enlik. EXPECTED_AREA (poliqonlar) ondan kənarda olanı rədd edir və en/uzunluq dairələrinin yerlərinin dəyişdirilməsini aşkarlayır. WORKSPACE (ClearGround GeoPackage faylı) formulyarları və minaları bir tranzaksiyada qəbul edir: xəta onu olduğu kimi saxlayır; orada artıq olan formulyar identifikatorları rədd edilir.

Hər giriş sətri ya idxal edilir, ya da sətir nömrəsi, formulyar, ilkin mətn və səbəblə OUTPUT_REJECTS-də göstərilir. Perimetrlər yoxlanılır (ən azı 3 təpə nöqtəsi, 5 km-dən uzun tərəf yoxdur, özünü kəsmir) və yalnız təhlükəsiz olduqda düzəldilir, bu barədə qeydlərdə yazılır. Faylda göstərilmədikdə recorded_ap və recorded_at minalara görə hesablanır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="152"/>
        <source>Rows that cannot be read as written: a row with more values than the header has columns (an unquoted decimal comma), with a NUL character or with a value of over 100,000 characters is rejected with its reason; a header that names one column twice is refused until FIELD_MAPPING says which to use. ENCODING (e.g. CP1251) is the text encoding of a CSV or of a Shapefile's table that does not say it; without it the encoding is decided from the bytes and said in the log, or the file is refused when they cannot decide it. A spreadsheet is read sheet by sheet (every sheet that holds a table). WORKSPACE may also be a PostGIS workspace: postgres:CONNECTION/SCHEMA.</source>
        <translation>Yazıldığı kimi oxuna bilməyən sətirlər: başlıqdakı sütunlardan çox dəyəri olan sətir (dırnaqsız onluq vergül), NUL simvolu olan və ya 100 000 simvoldan uzun dəyəri olan sətir səbəbi ilə rədd edilir; bir sütunu iki dəfə adlandıran başlıq FIELD_MAPPING hansının istifadə olunacağını göstərənədək rədd edilir. ENCODING (məs. CP1251) kodlaşdırmasını bildirməyən CSV və ya Shapefile cədvəlinin mətn kodlaşdırmasıdır; o olmadan kodlaşdırma baytlardan müəyyən edilir və jurnalda bildirilir, baytlar bunu həll edə bilmirsə, fayl rədd edilir. Cədvəl faylı vərəq-vərəq oxunur (cədvəl olan hər vərəq). WORKSPACE PostGIS iş sahəsi də ola bilər: postgres:CONNECTION/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="159"/>
        <source>Coordinates are also read as Russian, Azerbaijani and Ukrainian records write them (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.), with hemisphere words, compact DMS (400112N 0465530E), labels (lat 40.02 lon 46.92) and UTM as zone 38 north 612345 4432100, 38T E612345 N4432100 or with spaced thousands. A text that can be read two ways (no hemisphere letters; 38S as band S or zone 38 south) is read the way that fits the record's other mines, said in notes; a point far from the rest of its record, or readable only the other way round with nothing to confirm it, is rejected with the distance. DATUM_TRANSFORM (an EPSG operation such as EPSG:1808, or a PROJ pipeline) is the one transformation used for every point of a datum other than WGS 84 (SK-42); without it the project's transformation settings decide, else the most local transformation for the area of the points (EPSG:1808 in Azerbaijan). It is named in the log and in each record's notes.</source>
        <translation>Koordinatlar rus, azərbaycan və ukrayna qeydlərində yazıldığı kimi də oxunur (40°01'12&quot; с.ш., 40.02 ş.e., пн. ш.): yarımkürə sözləri, yığcam DMS (400112N 0465530E), nişanlar (lat 40.02 lon 46.92) və UTM: zone 38 north 612345 4432100, 38T E612345 N4432100 və ya boşluqla ayrılmış minliklər. İki cür oxuna bilən mətn (yarımkürə hərfləri yoxdur; 38S S zolağı və ya 38 cənub zonası) qeydin digər minalarına uyğun gələn kimi oxunur və bu, qeydlərdə deyilir; qeydin qalan hissəsindən uzaq olan və ya yalnız tərsinə oxuna bilən, təsdiqi olmayan nöqtə məsafə göstərilərək rədd edilir. DATUM_TRANSFORM (EPSG:1808 kimi EPSG əməliyyatı və ya PROJ konveyeri) WGS 84-dən fərqli datumun (SK-42) hər nöqtəsi üçün istifadə olunan yeganə çevirmədir; o olmadıqda layihənin çevirmə ayarları, onlar da olmadıqda nöqtələrin ərazisi üçün ən yerli çevirmə (Azərbaycanda EPSG:1808) seçilir. O, jurnalda və hər qeydin qeydlərində adlandırılır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="169"/>
        <source>Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and by their values: device categories make the category, known mine models (resources/ordnance/models.csv) the model, values repeating in runs the record id, small numbers unique within a record the mine number; the mapping used is printed in the log with why. A mine without a category that its model does not imply is rejected. MISPLACED_M (metres, default 5000) is how far a point may lie from its record's other mines before it is judged misplaced. Features without a record id get one: id_prefix in FIELD_MAPPING names a field whose value and a sequence number make it (MS-12-3), else the file's name and the row number. Invalid polygons are repaired through make_valid where that gives one polygon (said in notes, counted in ROWS_REPAIRED); duplicates, fewer than 3 vertices and vertices over 5 km apart are rejected, as GICHD's geocheck reports them.</source>
        <translation>Sütunlar adlarına (ingilis, azərbaycan, rus, ukrayna dillərində) və dəyərlərinə görə tanınır: partlayıcı qurğu kateqoriyaları kateqoriyanı, məlum mina modelləri (resources/ordnance/models.csv) modeli, ardıcıl təkrarlanan dəyərlər qeyd identifikatorunu, qeyd daxilində təkrarlanmayan kiçik ədədlər mina nömrəsini müəyyən edir; istifadə olunan uyğunlaşdırma səbəbi ilə birlikdə jurnalda göstərilir. Kateqoriyası olmayan və kateqoriyası modelindən çıxmayan mina rədd edilir. MISPLACED_M (metr, standart olaraq 5000) nöqtənin yanlış yerləşmiş sayılmazdan əvvəl öz qeydinin digər minalarından nə qədər uzaqda ola biləcəyini göstərir. Qeyd identifikatoru olmayan obyektlərə identifikator verilir: FIELD_MAPPING-də id_prefix sahəni göstərir, identifikator onun dəyərindən və sıra nömrəsindən yaradılır (MS-12-3), əks halda faylın adı və sətir nömrəsindən. Etibarsız poliqonlar bir poliqon alındıqda make_valid vasitəsilə düzəldilir (şərhlərdə göstərilir, ROWS_REPAIRED-də sayılır); dublikatlar, 3-dən az təpəsi olan və təpələri bir-birindən 5 km-dən çox aralı olan poliqonlar GICHD geocheck-in bildirdiyi kimi rədd edilir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="183"/>
        <source>Mine map file (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML)</source>
        <translation>Mina xəritəsi faylı (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="188"/>
        <location filename="../ui/import_dialog.py" line="89"/>
        <source>Default angle unit</source>
        <translation>Susmaya görə bucaq vahidi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="194"/>
        <source>Magnetic declination (degrees east)</source>
        <translation>Maqnit meyli (şərqə dərəcə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="199"/>
        <source>Expected area</source>
        <translation>Gözlənilən ərazi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="202"/>
        <source>Text encoding of the file (when it does not say it)</source>
        <translation>Faylın mətn kodlaşdırması (fayl onu bildirmirsə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="204"/>
        <source>Datum transformation to WGS 84 (EPSG operation or PROJ pipeline)</source>
        <translation>WGS 84-ə datum çevirməsi (EPSG əməliyyatı və ya PROJ konveyeri)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="207"/>
        <source>Misplaced point: farther than this from its record's other mines (metres)</source>
        <translation>Yanlış yerləşmiş nöqtə: öz qeydinin digər minalarından bu məsafədən uzaqda (metr)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="216"/>
        <source>Rejected rows</source>
        <translation>Rədd edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="221"/>
        <location filename="../ui/import_dialog.py" line="141"/>
        <location filename="../ui/tabs/records.py" line="64"/>
        <source>Records</source>
        <translation>Formulyarlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="222"/>
        <location filename="../ui/import_dialog.py" line="47"/>
        <location filename="../ui/tabs/records.py" line="53"/>
        <source>Mines</source>
        <translation>Minalar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="230"/>
        <source>DEFAULT_UNIT must be one of: {values}.</source>
        <translation>DEFAULT_UNIT bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="269"/>
        <source>{read} rows read: {imported} imported, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>{read} sətir oxundu: {imported} idxal edildi, {rejected} rədd edildi; {records} formulyar, {mines} mina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="274"/>
        <source>Of the {imported} imported: {written} as written, {repaired} repaired ({read} = {written} + {repaired} + {rejected} rejected).</source>
        <translation>İdxal edilmiş {imported} sətirdən: {written} yazıldığı kimi, {repaired} düzəldilmiş ({read} = {written} + {repaired} + {rejected} rədd edilmiş).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="314"/>
        <source>Read {n} rows from {name} (in parts of {size} rows, each record whole).</source>
        <translation>{name} mənbəyindən {n} sətir oxundu ({size} sətirlik hissələrlə, hər qeyd bütöv).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="338"/>
        <source>Read as: {mode}; columns: {mapping}.</source>
        <translation>Oxunma üsulu: {mode}; sütunlar: {mapping}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="352"/>
        <source>MISPLACED_M must be a positive number of metres.</source>
        <translation>MISPLACED_M müsbət metr sayı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_mine_map.py" line="369"/>
        <source>EXPECTED_AREA has no polygons.</source>
        <translation>EXPECTED_AREA layında poliqon yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="55"/>
        <source>Sets the status of every sector that the cleared ground covers to at least MIN_OVERLAP percent of its area.

CLEARED: polygons of cleared ground, or lines such as GPS tracks of cleared lanes, which are buffered to LANE_WIDTH metres (half each side, flat ends). Overlapping polygons and lanes are merged before measuring, so no ground is counted twice. Areas are measured in metres in each sector's local UTM zone.

STATUS (default cleared), DATE (default today), TEAM, METHOD and DEPTH_CM are written to the marked sectors, whose version goes up by one, with updated_by and updated_at. A sector that already has STATUS is left as it is. Taking a sector out of cleared needs a REASON; without one such sectors are left unchanged and listed in the log.

Outputs: OUTPUT, every input sector with its new values; OUTPUT_AUDIT, one audit_log row per changed field (and one reason row per sector taken out of cleared).</source>
        <translation>Təmizlənmiş ərazinin sahəsinin ən azı MIN_OVERLAP faizini örtdüyü hər sektorun statusunu təyin edir.

CLEARED: təmizlənmiş ərazinin poliqonları və ya təmizlənmiş keçidlərin GPS izləri kimi xətlər; xətlər LANE_WIDTH metr enində buferə çevrilir (hər tərəfə yarısı, uclar düz). Üst-üstə düşən poliqonlar və keçidlər ölçmədən əvvəl birləşdirilir, belə ki heç bir ərazi iki dəfə sayılmır. Sahələr hər sektorun yerli UTM zonasında metrlə ölçülür.

STATUS (susmaya görə cleared), DATE (susmaya görə bu gün), TEAM, METHOD və DEPTH_CM qeyd olunan sektorlara yazılır; onların versiyası bir vahid artır, updated_by və updated_at doldurulur. Artıq STATUS statusunda olan sektor olduğu kimi qalır. Sektoru «təmizlənib» statusundan çıxarmaq üçün REASON lazımdır; o olmadan belə sektorlar dəyişdirilmir və jurnalda göstərilir.

Nəticələr: OUTPUT – yeni qiymətləri ilə bütün giriş sektorları; OUTPUT_AUDIT – hər dəyişdirilmiş sahə üçün bir audit_log sətri («təmizlənib» statusundan çıxarılan hər sektor üçün isə əlavə olaraq səbəb sətri).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="88"/>
        <source>Cleared ground (polygons or lane tracks)</source>
        <translation>Təmizlənmiş ərazi (poliqonlar və ya keçid izləri)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="91"/>
        <source>Minimum overlap (% of a sector)</source>
        <translation>Minimal örtmə (sektorun %-i)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="99"/>
        <source>Date (default today)</source>
        <translation>Tarix (susmaya görə bu gün)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="107"/>
        <source>Lane width of cleared tracks (m)</source>
        <translation>Təmizlənmiş izlərin keçid eni (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="110"/>
        <source>Clearance depth (cm)</source>
        <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="113"/>
        <source>Reason (to take sectors out of cleared)</source>
        <translation>Səbəb (sektorları «təmizlənib» statusundan çıxarmaq üçün)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="114"/>
        <source>Mark in workspace</source>
        <translation>İş sahəsində işarələ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="116"/>
        <source>Marked sectors</source>
        <translation>Qeyd olunmuş sektorlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="118"/>
        <source>Audit entries</source>
        <translation>Dəyişiklik qeydləri</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="119"/>
        <source>Number of sectors marked</source>
        <translation>Qeyd olunmuş sektorların sayı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="122"/>
        <source>GPS tracks as teams record them: a GPX file holds several layers (waypoints, routes, tracks, route_points, track_points); give its tracks as CLEARED=file.gpx|layername=tracks (a GPX path without a layer name is read so too, said in the log). A KML file of lane lines, or of cleared polygons, is given as it is.</source>
        <translation>Qrupların qeydə aldığı kimi GPS trekləri: GPX faylında bir neçə lay olur (waypoints, routes, tracks, route_points, track_points); onun treklərini CLEARED=file.gpx|layername=tracks kimi göstərin (lay adı olmayan GPX yolu da belə oxunur, bu barədə jurnalda bildirilir). Zolaq xətlərindən və ya təmizlənmiş poliqonlardan ibarət KML faylı olduğu kimi göstərilir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="138"/>
        <source>SECTORS has no field {field}.</source>
        <translation>SECTORS layında {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="142"/>
        <source>STATUS must be one of: {values}.</source>
        <translation>STATUS bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="146"/>
        <source>METHOD must be one of: {values}.</source>
        <translation>METHOD bunlardan biri olmalıdır: {values}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="157"/>
        <source>Reading sectors and cleared ground</source>
        <translation>Sektorlar və təmizlənmiş ərazi oxunur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="168"/>
        <source>Measuring overlaps</source>
        <translation>Örtmələr ölçülür</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="200"/>
        <source>Sector {id} is cleared: give REASON to mark it {status}; left unchanged.</source>
        <translation>{id} sektoru təmizlənib: onu {status} kimi qeyd etmək üçün REASON göstərin; dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="215"/>
        <source>{marked} of {total} sectors marked {status} in {workspace}; {audit} audit rows.</source>
        <translation>{workspace} iş sahəsində {total} sektordan {marked} sektor {status} kimi işarələndi; audit jurnalında {audit} sətir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="218"/>
        <source>{marked} of {total} sectors marked {status}; {audit} audit rows.</source>
        <translation>{total} sektordan {marked} sektor {status} kimi qeyd olundu; {audit} dəyişiklik qeydi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="220"/>
        <source>{count} cleared sectors left unchanged (no REASON).</source>
        <translation>{count} təmizlənmiş sektor dəyişdirilmədi (REASON yoxdur).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="254"/>
        <source>CLEARED is a GPX file: its tracks are read ({value}|layername=tracks).</source>
        <translation>CLEARED GPX faylıdır: onun trekləri oxunur ({value}|layername=tracks).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="271"/>
        <source>DATE {value} is not a date (use YYYY-MM-DD).</source>
        <translation>DATE {value} tarix deyil (İİİİ-AA-GG formatından istifadə edin).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="288"/>
        <source>Sector row {row} ({id}) has no geometry; left unchanged.</source>
        <translation>Sektor sətri {row} ({id}) həndəsəsizdir; dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="293"/>
        <source>Sector row {row} ({id}) is invalid ({reason}); it was repaired.</source>
        <translation>Sektor sətri {row} ({id}) yanlışdır ({reason}); düzəldildi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="307"/>
        <source>Sector row {row} ({id}) lies at ({x:.10g}, {y:.10g}), which is not a longitude/latitude: {count} sectors are not where the layer's CRS ({crs}) puts them. Set the layer's CRS to the one its coordinates are in (Layer Properties ▸ Source), then run again; nothing was marked.</source>
        <translation>Sektor sətri {row} ({id}) ({x:.10g}, {y:.10g}) nöqtəsindədir, bu isə uzunluq/enlik deyil: {count} sektor layın koordinat sisteminin ({crs}) göstərdiyi yerdə deyil. Layın koordinat sistemini onun koordinatlarının yazıldığı sistemə təyin edin (Layın xassələri ▸ Mənbə) və yenidən işə salın; heç nə qeyd edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="318"/>
        <source>a point does not show cleared ground (use polygons or lane tracks)</source>
        <translation>nöqtə təmizlənmiş ərazini göstərmir (poliqonlardan və ya keçid izlərindən istifadə edin)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="320"/>
        <source>CLEARED row {row} not used: {problem}.</source>
        <translation>CLEARED sətri {row} istifadə olunmadı: {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mark_sectors.py" line="324"/>
        <source>CLEARED row {row} is invalid ({reason}); it was repaired.</source>
        <translation>CLEARED sətri {row} yanlışdır ({reason}); düzəldildi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="25"/>
        <source>Package for a field team (QField)</source>
        <translation>Sahə qrupu üçün paket (QField)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="27"/>
        <location filename="../processing/algorithms/sync_field.py" line="35"/>
        <location filename="../ui/history.py" line="29"/>
        <location filename="../ui/import_dialog.py" line="95"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="28"/>
        <source>Writes a folder that QField opens offline for one team: a QGIS project and one GeoPackage holding the team's sectors, the minefield records and hazard areas as background (read-only), a finds layer with its form and a cleared-lanes line layer for QField's position tracking.

The finds form: a uuid made on the device (uuid(), hidden), the date found (today by default), the device category and the model as lists from the ordnance dictionary, quantity, depth in cm, the sector, notes and photos (stored under DCIM/ in the package folder, with paths relative to it). In the sectors only status, status_date and depth_cm can be changed.

WORKSPACE: the workspace to package from (a GeoPackage path or postgres:CONNECTION/SCHEMA). TEAM: the team's name, written with every find and change it brings back.

SECTORS, RECORDS, HAZARDS: each either comma-separated ids (R-12-0-3, R-12-0-4), or a QGIS expression after '=' (=&quot;parent_id&quot; = 'R-12'), or empty. SECTORS empty: the sectors of the given RECORDS and HAZARDS, or, when neither is given, the sectors whose team is TEAM. RECORDS empty: the records of the chosen sectors and hazards. HAZARDS empty: the hazard areas of the chosen sectors and records. An id the workspace does not hold is refused.

The package remembers what it was made from (the workspace, the team, each sector's version and values) in its GeoPackage; clearground:syncfield merges it back.

OUTPUT_FOLDER: a new or empty folder (never the workspace or its folder). Copy it to the device's QField/Imported Projects folder, or upload it to QFieldCloud with QFieldSync.</source>
        <translation>QField-in bir qrup üçün oflayn açdığı qovluq yazır: QGIS layihəsi və qrupun sektorlarını, fon kimi mina sahəsi qeydlərini və təhlükəli əraziləri (yalnız oxumaq üçün), formu ilə birlikdə tapıntılar qatını (finds) və QField-in mövqe izləməsi üçün təmizlənmiş keçidlərin xətt qatını saxlayan bir GeoPackage.

Tapıntı formu: cihazda yaradılan uuid (uuid(), gizli), tapılma tarixi (standart olaraq bu gün), sursat lüğətindən siyahılar şəklində sursat kateqoriyası və model, say, sm ilə dərinlik, sektor, qeydlər və fotolar (paket qovluğunda DCIM/ altında, ona nisbi yollarla saxlanılır). Sektorlarda yalnız status, status_date və depth_cm dəyişdirilə bilər.

WORKSPACE: paketin yaradılacağı iş sahəsi (GeoPackage yolu və ya postgres:CONNECTION/SCHEMA). TEAM: qrupun adı; qrupun geri gətirdiyi hər tapıntı və dəyişikliklə birlikdə yazılır.

SECTORS, RECORDS, HAZARDS: hər biri ya vergüllə ayrılmış identifikatorlar (R-12-0-3, R-12-0-4), ya '=' işarəsindən sonra QGIS ifadəsi (=&quot;parent_id&quot; = 'R-12'), ya da boş. SECTORS boş: verilmiş RECORDS və HAZARDS-ın sektorları, heç biri verilməyibsə, qrupu TEAM olan sektorlar. RECORDS boş: seçilmiş sektorların və təhlükəli ərazilərin qeydləri. HAZARDS boş: seçilmiş sektorların və qeydlərin təhlükəli əraziləri. İş sahəsində olmayan identifikator rədd edilir.

Paket nədən yaradıldığını (iş sahəsi, qrup, hər sektorun versiyası və dəyərləri) öz GeoPackage faylında yadda saxlayır; clearground:syncfield onu geri birləşdirir.

OUTPUT_FOLDER: yeni və ya boş qovluq (heç vaxt iş sahəsi və ya onun qovluğu deyil). Onu cihazın QField/Imported Projects qovluğuna köçürün və ya QFieldSync ilə QFieldCloud-a yükləyin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="58"/>
        <source>Workspace to package from</source>
        <translation>Paketin yaradılacağı iş sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/base.py" line="69"/>
        <source>ClearGround workspace (*.gpkg)</source>
        <translation>ClearGround iş sahəsi (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="59"/>
        <location filename="../processing/algorithms/sync_field.py" line="67"/>
        <location filename="../processing/algorithms/sync_field.py" line="70"/>
        <location filename="../processing/base.py" line="69"/>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="62"/>
        <source>Minefield records (ids, or =expression)</source>
        <translation>Mina sahəsi qeydləri (id-lər və ya =ifadə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="64"/>
        <source>Hazard areas (ids, or =expression)</source>
        <translation>Təhlükəli ərazilər (id-lər və ya =ifadə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="66"/>
        <source>Sectors (ids, or =expression)</source>
        <translation>Sektorlar (identifikatorlar və ya =ifadə)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="67"/>
        <source>Package folder</source>
        <translation>Paket qovluğu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="68"/>
        <source>Package project</source>
        <translation>Paket layihəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="69"/>
        <source>Package GeoPackage</source>
        <translation>Paketin GeoPackage faylı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="83"/>
        <source>Give the team's name (TEAM).</source>
        <translation>Qrupun adını göstərin (TEAM).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="90"/>
        <source>Give the workspace to package from (WORKSPACE).</source>
        <translation>Paketin yaradılacağı iş sahəsini göstərin (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/package_field.py" line="101"/>
        <source>Package for team {team} written to {folder}: {sectors} sectors, {hazards} hazard areas, {records} records.</source>
        <translation>{team} qrupu üçün paket {folder} qovluğuna yazıldı: {sectors} sektor, {hazards} təhlükəli ərazi, {records} qeyd.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="33"/>
        <source>Sync a returned field package</source>
        <translation>Qaytarılmış sahə paketini sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="36"/>
        <source>Merges a field package made by clearground:packagefield, after QField, back into the workspace it was made from, in one transaction: on any error nothing is written.

Finds: each new find is checked (category and model through the ordnance dictionary, date, depth) and added with its uuid; a find whose uuid is already in the workspace, or that duplicates one (within 1 m, same date and model), is skipped, so syncing the same package twice adds nothing. Its photos are copied beside the workspace (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; for PostGIS, &lt;schema&gt;_photos beside the package folder) and linked in finds.photo with paths relative to the folder that holds them.

Sectors: a status, status_date or depth_cm changed in the field is applied through the version check: a sector changed at the centre since the package was made is a conflict, reported with both values and never overwritten. A sector its cleared lanes cover to MIN_OVERLAP percent becomes cleared (the tracks as wide as LANE_WIDTH, else as their own width_m). Taking a sector out of cleared needs a reason and is left to the dock.

Every merged item is written to audit_log with the team (GeoPackage: as its user; PostGIS: the database names the login, the note names the team).

PACKAGE: the package folder or its GeoPackage; a folder that is not a ClearGround package, or a package made from another workspace, is refused. OUTPUT_REPORT: one row per item: outcome (merged, skipped, conflict), layer, key, field, old_value (the workspace's), new_value (the package's), message.</source>
        <translation>clearground:packagefield ilə yaradılmış sahə paketini QField-dən sonra yaradıldığı iş sahəsinə bir tranzaksiyada geri birləşdirir: hər hansı xəta olduqda heç nə yazılmır.

Tapıntılar: hər yeni tapıntı yoxlanılır (kateqoriya və model sursat kataloqu üzrə, tarix, dərinlik) və öz uuid-i ilə əlavə edilir; uuid-i artıq iş sahəsində olan və ya mövcud tapıntını təkrarlayan (1 m daxilində, eyni tarix və model) tapıntı buraxılır, buna görə eyni paketin iki dəfə sinxronlaşdırılması heç nə əlavə etmir. Onun fotoları iş sahəsinin yanına kopyalanır (&lt;workspace folder&gt;/&lt;workspace name&gt;_photos/; PostGIS üçün paket qovluğunun yanında &lt;schema&gt;_photos) və finds.photo sahəsində onları saxlayan qovluğa nisbi yollarla əlaqələndirilir.

Sektorlar: sahədə dəyişdirilmiş status, status_date və ya depth_cm versiya yoxlaması ilə tətbiq edilir: paket yaradıldıqdan sonra mərkəzdə dəyişdirilmiş sektor ziddiyyət sayılır, hər iki dəyərlə bildirilir və heç vaxt üzərinə yazılmır. Təmizlənmiş zolaqlarının ən azı MIN_OVERLAP faiz örtdüyü sektor təmizlənmiş olur (treklər LANE_WIDTH enində, əks halda öz width_m enində götürülür). Sektorun təmizlənmiş statusdan çıxarılması səbəb tələb edir və paneldə edilir.

Hər birləşdirilmiş element qrupla birlikdə audit_log-a yazılır (GeoPackage: onun istifadəçisi kimi; PostGIS: verilənlər bazası logini, qeyd isə qrupu göstərir).

PACKAGE: paket qovluğu və ya onun GeoPackage faylı; ClearGround paketi olmayan qovluq və ya başqa iş sahəsindən yaradılmış paket rədd edilir. OUTPUT_REPORT: hər element üçün bir sətir: outcome (merged, skipped, conflict), layer, key, field, old_value (iş sahəsinin dəyəri), new_value (paketin dəyəri), message.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="66"/>
        <source>Workspace the package was made from</source>
        <translation>Paketin yaradıldığı iş sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="69"/>
        <source>Returned package (folder or its GeoPackage)</source>
        <translation>Qaytarılmış paket (qovluq və ya onun GeoPackage faylı)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="72"/>
        <source>Width of the cleared lanes (m; empty: as the tracks say)</source>
        <translation>Təmizlənmiş keçidlərin eni (m; boş: treklərdə göstərildiyi kimi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="75"/>
        <source>Minimum cover by cleared lanes (% of a sector)</source>
        <translation>Təmizlənmiş zolaqlarla minimum örtük (sektorun %-i)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="77"/>
        <source>Sync report</source>
        <translation>Sinxronlaşdırma hesabatı</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items merged</source>
        <translation>Birləşdirilmiş elementlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="78"/>
        <source>Items skipped</source>
        <translation>Buraxılmış elementlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="79"/>
        <source>Items in conflict</source>
        <translation>Ziddiyyətli elementlər</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="85"/>
        <source>Give the returned package (PACKAGE).</source>
        <translation>Geri qaytarılmış paketi göstərin (PACKAGE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="88"/>
        <source>Give the workspace the package was made from (WORKSPACE).</source>
        <translation>Paketin yaradıldığı iş sahəsini göstərin (WORKSPACE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="116"/>
        <source>{layer}: {merged} merged, {skipped} skipped, {conflict} in conflict.</source>
        <translation>{layer}: {merged} birləşdirildi, {skipped} ötürüldü, {conflict} ziddiyyətdə.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="122"/>
        <source>Conflict, {layer} {key} {field}: the workspace has {old}, the package {new}. {message}</source>
        <translation>Ziddiyyət, {layer} {key} {field}: iş sahəsində {old}, paketdə {new}. {message}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync_field.py" line="127"/>
        <source>{count} photos copied to {folder}.</source>
        <translation>{count} foto {folder} qovluğuna kopyalandı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="52"/>
        <source>Tally finds per district</source>
        <translation>Tapıntıları rayonlar üzrə say</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="55"/>
        <source>Counts finds per district and period, one column per device category (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) and a total, weighted by a quantity field when one is given; with sectors, adds the hectares cleared, reduced and cancelled in each district and period.

District field: the value written in the 'district' column. Names can repeat (two districts may share a name), so choose an id field when you need a unique key. When left empty, the first field called 'district', else the first text field with 'name' in its name, else the first text field is used.

Every find is counted exactly once: a find on a boundary shared by two districts goes to the first of them in the layer; finds outside every district, or without a position, are counted in the 'unassigned' row, so the rows add up to the input. Categories are read with the usual spellings (APM, anti-personnel, ТМ, ...); a category that maps to none is counted as OTHER and listed in the log with the find ids. An empty quantity counts as 1.

Period: none, year, quarter, month or week (ISO weeks, starting on Monday). With a period or a date range, finds are placed by the date field (default: found_date) and sectors by their status_date; every period from the first to the last date is listed, empty or not, and rows without a date are left out and listed in the log. The date range includes both ends.

Hectares: sectors with the status cleared, reduced or cancelled; a sector that crosses a district boundary counts in each district by its share of area. Areas are ellipsoidal (WGS84). Inputs may be in any CRS.

Outputs: a table with one row per period and district (then 'unassigned'), and the district layer with every one of its fields and the totals over the whole date range (a district field that has the name of a total column gets the suffix _2).</source>
        <translation>Tapıntıları rayonlar və dövrlər üzrə sayır: hər sursat kateqoriyası (AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER) üçün bir sütun və cəmi; say sahəsi verildikdə ona görə çəkilənir; sektorlar verildikdə hər rayon və dövr üzrə təmizlənmiş, azaldılmış və ləğv edilmiş hektarları əlavə edir.

Rayon sahəsi: 'district' sütununa yazılan qiymət. Adlar təkrarlana bilər (iki rayonun adı eyni ola bilər), buna görə unikal açar lazımdırsa identifikator sahəsini seçin. Boş qaldıqda 'district' adlı ilk sahə, yoxdursa adında 'name' olan ilk mətn sahəsi, o da yoxdursa ilk mətn sahəsi istifadə olunur.

Hər tapıntı dəqiq bir dəfə sayılır: iki rayonun ortaq sərhədindəki tapıntı layda onlardan birinciyə aid edilir; bütün rayonlardan kənar və ya mövqesiz tapıntılar 'unassigned' sətrində sayılır, beləliklə sətirlərin cəmi girişə bərabərdir. Kateqoriyalar geniş yayılmış yazılışlarla oxunur (APM, anti-personnel, ТМ, ...); heç birinə uyğun gəlməyən kateqoriya OTHER kimi sayılır və tapıntı identifikatorları ilə jurnalda göstərilir. Boş say 1 kimi sayılır.

Dövr: none, year, quarter, month və ya week (ISO həftələri, bazar ertəsindən başlayaraq). Dövr və ya tarix aralığı verildikdə tapıntılar tarix sahəsinə (susmaya görə found_date), sektorlar isə status_date sahəsinə görə yerləşdirilir; ilk tarixdən sonuncuya qədər bütün dövrlər, boş olsa belə, göstərilir; tarixsiz sətirlər çıxarılır və jurnalda göstərilir. Tarix aralığı hər iki ucu əhatə edir.

Hektarlar: statusu cleared, reduced və ya cancelled olan sektorlar; rayon sərhədini kəsən sektor hər rayonda sahə payına görə sayılır. Sahələr ellipsoid üzrə (WGS84) hesablanır. Girişlər istənilən koordinat sistemində ola bilər.

Nəticələr: hər dövr və rayon üçün bir sətirli cədvəl (sonra 'unassigned'), və bütün sahələri və bütün tarix aralığı üzrə yekunları ilə rayonlar layı (adı yekun sütununun adı ilə eyni olan rayon sahəsinə _2 şəkilçisi əlavə olunur).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="98"/>
        <source>District name or id field</source>
        <translation>Rayonun adı və ya identifikator sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="101"/>
        <location filename="../ui/tabs/tally.py" line="124"/>
        <source>Category field</source>
        <translation>Kateqoriya sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="104"/>
        <source>Quantity field (weight)</source>
        <translation>Say sahəsi (çəki)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="107"/>
        <location filename="../ui/tabs/tally.py" line="126"/>
        <source>Date field</source>
        <translation>Tarix sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="117"/>
        <source>Sectors (for hectares released)</source>
        <translation>Sektorlar (azad edilmiş hektarlar üçün)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="119"/>
        <location filename="../ui/tabs/tally.py" line="69"/>
        <location filename="../ui/tabs/tally.py" line="135"/>
        <source>Tally</source>
        <translation>Hesabat cədvəli</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="121"/>
        <source>Districts with totals</source>
        <translation>Yekunlarla rayonlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="122"/>
        <source>Finds tallied</source>
        <translation>Hesablanmış tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="123"/>
        <source>Finds outside every district</source>
        <translation>Bütün rayonlardan kənar tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="124"/>
        <source>Finds of an unknown category</source>
        <translation>Naməlum kateqoriyalı tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="125"/>
        <source>Finds without position</source>
        <translation>Mövqesiz tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="126"/>
        <source>Finds without date (left out)</source>
        <translation>Tarixsiz tapıntılar (çıxarıldı)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="127"/>
        <source>Finds outside the date range</source>
        <translation>Tarix aralığından kənar tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="148"/>
        <source>A period or a date range needs the finds' date: choose the date field.</source>
        <translation>Dövr və ya tarix aralığı üçün tapıntıların tarixi lazımdır: tarix sahəsini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="151"/>
        <location filename="../processing/algorithms/tally_finds.py" line="152"/>
        <location filename="../processing/algorithms/tally_finds.py" line="153"/>
        <source>finds</source>
        <translation>tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="154"/>
        <source>districts</source>
        <translation>rayonlar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="156"/>
        <source>The {layer} layer has no field '{field}'.</source>
        <translation>{layer} layında '{field}' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="159"/>
        <source>Reading districts…</source>
        <translation>Rayonlar oxunur…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="163"/>
        <source>Reading finds…</source>
        <translation>Tapıntılar oxunur…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="183"/>
        <source>Finds: {error}</source>
        <translation>Tapıntılar: {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="194"/>
        <source>Tallying…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="205"/>
        <source>Field '{field}': {reason}. Rows: {rows}</source>
        <translation>'{field}' sahəsi: {reason}. Sətirlər: {rows}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="216"/>
        <source>{total} finds tallied in {n} districts; {unassigned} unassigned.</source>
        <translation>{n} rayonda {total} tapıntı hesablandı; {unassigned} tapıntı heç bir rayona aid edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="261"/>
        <source>{n} rows have a '{field}' that is not a date (left out as undated): {ids}</source>
        <translation>{n} sətirdə '{field}' tarix deyil (tarixsiz kimi çıxarıldı): {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="268"/>
        <source>The sectors layer has no field 'status'.</source>
        <translation>Sektorlar layında 'status' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="270"/>
        <source>A period or a date range needs the sectors' 'status_date' field, which this layer lacks.</source>
        <translation>Dövr və ya tarix aralığı üçün sektorların 'status_date' sahəsi lazımdır, bu layda isə o yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="273"/>
        <source>Reading sectors…</source>
        <translation>Sektorlar oxunur…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="284"/>
        <source>{n} finds have a category that maps to none of AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER; counted as OTHER: {ids}</source>
        <translation>{n} tapıntının kateqoriyası AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER kateqoriyalarının heç birinə uyğun gəlmir; OTHER kimi hesablandı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="286"/>
        <source>{n} finds have no position; counted as unassigned: {ids}</source>
        <translation>{n} tapıntının mövqeyi yoxdur; rayona aid edilməmiş kimi hesablandı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="287"/>
        <source>{n} finds have no date; left out of the dated tally: {ids}</source>
        <translation>{n} tapıntının tarixi yoxdur; tarixli hesablamadan çıxarıldı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="288"/>
        <source>{n} finds have no quantity; counted as 1: {ids}</source>
        <translation>{n} tapıntının sayı göstərilməyib; 1 kimi hesablandı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="294"/>
        <source>{n} finds are dated outside the date range and were left out.</source>
        <translation>{n} tapıntının tarixi aralıqdan kənardadır və onlar çıxarıldı.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="299"/>
        <source>{n} released sectors have no geometry; left out: {ids}</source>
        <translation>{n} azad edilmiş sektorun həndəsəsi yoxdur; çıxarıldı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="300"/>
        <source>{n} released sectors have no status_date; left out: {ids}</source>
        <translation>{n} azad edilmiş sektorun status_date-i yoxdur; çıxarıldı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="301"/>
        <source>{n} sectors have a status that is none of planned, in_progress, cleared, reduced, cancelled; not counted: {ids}</source>
        <translation>{n} sektorun statusu planned, in_progress, cleared, reduced, cancelled statuslarından heç biri deyil; sayılmadı: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="388"/>
        <source>A district is called '{name}', the name of the row of finds outside every district; choose another district field.</source>
        <translation>Rayonlardan biri '{name}' adlanır; bu, rayonlardan kənar tapıntılar sətrinin adıdır; başqa rayon sahəsi seçin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/tally_finds.py" line="407"/>
        <source> and {n} more</source>
        <translation> və daha {n}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="139"/>
        <source>WORKSPACE: a ClearGround workspace to write into: a GeoPackage path, or a PostGIS workspace as postgres:CONNECTION/SCHEMA (the name of a QGIS PostgreSQL connection; the name alone when it reaches one workspace). Everything is written in one transaction: an error leaves the workspace as it was.</source>
        <translation>WORKSPACE: yazılacaq ClearGround iş sahəsi: GeoPackage faylının yolu və ya postgres:CONNECTION/SCHEMA şəklində PostGIS iş sahəsi (QGIS PostgreSQL bağlantısının adı; bağlantı yalnız bir iş sahəsinə çatırsa, təkcə ad). Hər şey bir tranzaksiyada yazılır: xəta iş sahəsini olduğu kimi saxlayır.</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="152"/>
        <source>Choose a new file (or a temporary output) for {output}.</source>
        <translation>{output} üçün yeni fayl (və ya müvəqqəti çıxış) seçin.</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="155"/>
        <source>{output} is the workspace file {file}: writing it would replace the whole workspace. {instead}</source>
        <translation>{output} iş sahəsinin {file} faylıdır: ona yazmaq bütün iş sahəsini əvəz edərdi. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="158"/>
        <location filename="../processing/destinations.py" line="163"/>
        <source>{output} is the workspace's layer {layer}: the algorithm writes into the workspace itself through WORKSPACE. {instead}</source>
        <translation>{output} iş sahəsinin {layer} layıdır: alqoritm iş sahəsinə özü WORKSPACE vasitəsilə yazır. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="167"/>
        <source>{output} is the input {input} itself ({layer}): writing it would delete what is being read. To change a workspace in place, give WORKSPACE and leave {output} empty; otherwise choose a new file (or a temporary output) for {output}.</source>
        <translation>{output} {input} girişinin özüdür ({layer}): ona yazmaq oxunanı silərdi. İş sahəsini yerində dəyişmək üçün WORKSPACE göstərin və {output} boş qalsın; əks halda {output} üçün yeni fayl (və ya müvəqqəti çıxış) seçin.</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="172"/>
        <source>{output} is the file of the input {input} ({file}): writing it would replace that file. {instead}</source>
        <translation>{output} {input} girişinin faylıdır ({file}): ona yazmaq həmin faylı əvəz edərdi. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/destinations.py" line="176"/>
        <source>{output} is the layer {layer} of the workspace {file}. {instead}</source>
        <translation>{output} {file} iş sahəsinin {layer} layıdır. {instead}</translation>
    </message>
    <message>
        <location filename="../processing/enum_labels.py" line="72"/>
        <source>Not set</source>
        <translation>Təyin edilməyib</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="59"/>
        <source>Give the folder to write the package into (OUTPUT_FOLDER).</source>
        <translation>Paketin yazılacağı qovluğu göstərin (OUTPUT_FOLDER).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="63"/>
        <source>OUTPUT_FOLDER is the workspace {name} itself; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER {name} iş sahəsinin özüdür; yeni, boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="66"/>
        <source>OUTPUT_FOLDER is the workspace's own folder; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER iş sahəsinin öz qovluğudur; yeni, boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="68"/>
        <source>OUTPUT_FOLDER {path} is a file; choose a new, empty folder.</source>
        <translation>OUTPUT_FOLDER {path} fayldır; yeni, boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="70"/>
        <source>OUTPUT_FOLDER {path} is not empty; choose a new, empty folder (a package is never written over other files).</source>
        <translation>OUTPUT_FOLDER {path} boş deyil; yeni, boş qovluq seçin (paket heç vaxt başqa faylların üzərinə yazılmır).</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="78"/>
        <source>The workspace layer {layer} cannot be read.</source>
        <translation>İş sahəsinin {layer} qatını oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="87"/>
        <source>The {kind} expression cannot be read: {error}</source>
        <translation>{kind} ifadəsini oxumaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="93"/>
        <source>The workspace has no {kind} {ids}.</source>
        <translation>İş sahəsində {kind} {ids} yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="109"/>
        <source>records</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="110"/>
        <source>hazard areas</source>
        <translation>təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="113"/>
        <source>sectors</source>
        <translation>sektorlar</translation>
    </message>
    <message>
        <location filename="../processing/field_packaging.py" line="120"/>
        <source>No sector was chosen for team {team}: name SECTORS, RECORDS or HAZARDS, or assign sectors to the team.</source>
        <translation>{team} qrupu üçün heç bir sektor seçilməyib: SECTORS, RECORDS və ya HAZARDS göstərin, yaxud qrupa sektorlar təyin edin.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="52"/>
        <source>Cleared lanes</source>
        <translation>Təmizlənmiş zolaqlar</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="59"/>
        <source>ClearGround field package, team {team}</source>
        <translation>ClearGround sahə paketi, qrup {team}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="68"/>
        <source>The package layer {layer} cannot be opened.</source>
        <translation>Paketin {layer} qatını açmaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="83"/>
        <source>The package project {path} cannot be written: {error}</source>
        <translation>{path} paket layihəsini yazmaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Date found</source>
        <translation>Tapılma tarixi</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Device category</source>
        <translation>Qurğunun kateqoriyası</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="159"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="160"/>
        <source>Quantity</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../processing/field_project.py" line="161"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="51"/>
        <source>This field package was made from the workspace {made} ({name}), not from {this}; nothing was merged.</source>
        <translation>Bu sahə paketi {this} deyil, {made} ({name}) iş sahəsindən yaradılıb; heç nə birləşdirilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="63"/>
        <source>field package {name}</source>
        <translation>sahə paketi {name}</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="122"/>
        <source>Read to mark the sectors the lanes cover (marked: {sectors}); the workspace has no layer of lanes, so the track itself stays in the package.</source>
        <translation>Keçidlərin əhatə etdiyi sektorları işarələmək üçün oxundu (işarələnən: {sectors}); iş sahəsində keçidlər qatı yoxdur, ona görə trekin özü paketdə qalır.</translation>
    </message>
    <message>
        <location filename="../processing/field_syncing.py" line="136"/>
        <source>The photo is not in the package folder; the find was merged without it.</source>
        <translation>Foto paket qovluğunda deyil; tapıntı fotosuz birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="149"/>
        <source>Row {row} ({field} {id}): no sectors, {problem}.</source>
        <translation>Sətir {row} ({field} {id}): sektor yoxdur, {problem}.</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="164"/>
        <source>the field {field} is empty</source>
        <translation>{field} sahəsi boşdur</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="166"/>
        <source>the id {id} is used by an earlier row</source>
        <translation>{id} identifikatoru əvvəlki sətirdə artıq istifadə olunub</translation>
    </message>
    <message>
        <location filename="../processing/sector_run.py" line="170"/>
        <source>Row {row} ({field} {id}): the polygon is invalid ({reason}); it was repaired before cutting sectors.</source>
        <translation>Sətir {row} ({field} {id}): poliqon yanlışdır ({reason}); sektorlara bölünməzdən əvvəl düzəldildi.</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="105"/>
        <source>Both fits of record {record}</source>
        <translation>{record} qeydinin hər iki uyğunluğu</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Best fit</source>
        <translation>Ən yaxşı uyğunluq</translation>
    </message>
    <message>
        <location filename="../ui/candidates.py" line="126"/>
        <source>Runner-up</source>
        <translation>İkinci</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="34"/>
        <source>The chart needs matplotlib, which this QGIS lacks.</source>
        <translation>Diaqram üçün matplotlib lazımdır, bu QGIS-də isə o yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="61"/>
        <location filename="../ui/choropleth.py" line="71"/>
        <source>No finds</source>
        <translation>Tapıntı yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="90"/>
        <source>Reload sector {sector}</source>
        <translation>{sector} sektorunu yenidən yüklə</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="102"/>
        <source>Sector {sector} no longer exists.</source>
        <translation>{sector} sektoru artıq mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="106"/>
        <source>Sector {sector} reloaded: now “{status}”, version {version}.</source>
        <translation>Sektor {sector} yenidən yükləndi: indi “{status}”, versiya {version}.</translation>
    </message>
    <message>
        <location filename="../ui/district_picker.py" line="84"/>
        <source>Districts of Azerbaijan (geoBoundaries)</source>
        <translation>Azərbaycanın rayonları (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="80"/>
        <source>New ClearGround workspace</source>
        <translation>Yeni ClearGround iş sahəsi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="85"/>
        <source>Created workspace {name}.</source>
        <translation>{name} iş sahəsi yaradıldı.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="89"/>
        <source>Open ClearGround workspace</source>
        <translation>ClearGround iş sahəsini aç</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="92"/>
        <location filename="../ui/dock.py" line="107"/>
        <source>Opened workspace {name}.</source>
        <translation>{name} iş sahəsi açıldı.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Open a GeoPackage workspace to copy it to PostGIS.</source>
        <translation>PostGIS-ə köçürmək üçün GeoPackage iş sahəsini açın.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="153"/>
        <source>The map is now in {crs} ({name}), the UTM zone where most of the workspace lies, so that sectors keep their shape; change it in Project ▸ Properties ▸ CRS.</source>
        <translation>Sektorların forması pozulmasın deyə xəritə indi {crs} ({name}) sistemindədir — iş sahəsinin böyük hissəsinin yerləşdiyi UTM zonası; bunu Layihə ▸ Xüsusiyyətlər ▸ CRS bölməsində dəyişin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="161"/>
        <source>Open PostGIS workspace…</source>
        <translation>PostGIS iş sahəsini aç…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="162"/>
        <source>Recent</source>
        <translation>Son açılanlar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="167"/>
        <source>Copy to PostGIS…</source>
        <translation>PostGIS-ə köçür…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="169"/>
        <source>Close workspace</source>
        <translation>İş sahəsini bağla</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="174"/>
        <source>No workspace open. Create or open one from the Workspace menu.</source>
        <translation>Açıq iş sahəsi yoxdur. «İş sahəsi» menyusundan yenisini yaradın və ya mövcud olanı açın.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="177"/>
        <source>Workspace: {name} (schema v{version})</source>
        <translation>İş sahəsi: {name} (sxem v{version})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="29"/>
        <source>Sector or record</source>
        <translation>Sektor və ya qeyd</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="30"/>
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="53"/>
        <source>“{reason}” (it was {status})</source>
        <translation>“{reason}” (əvvəl: {status})</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="62"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="118"/>
        <source>{count} change(s).</source>
        <translation>{count} dəyişiklik.</translation>
    </message>
    <message>
        <location filename="../ui/history.py" line="119"/>
        <source>No change has been saved yet.</source>
        <translation>Hələ heç bir dəyişiklik saxlanmayıb.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="46"/>
        <location filename="../ui/tabs/records.py" line="52"/>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="47"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="49"/>
        <source>Text in the file</source>
        <translation>Fayldakı mətn</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="74"/>
        <source>Mine maps (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>Mina xəritələri (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="86"/>
        <source>Magnetic declination, degrees east, for rows that give none</source>
        <translation>Maqnit meyli, şərqə dərəcə, onu göstərməyən sətirlər üçün</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="87"/>
        <location filename="../ui/tabs/records.py" line="357"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="90"/>
        <source>Magnetic declination</source>
        <translation>Maqnit meyli</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="95"/>
        <source>Column in the file</source>
        <translation>Fayldakı sütun</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="96"/>
        <source>Why, and values in the file</source>
        <translation>Səbəb və fayldakı dəyərlər</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="107"/>
        <source>In a field mapping: {code}</source>
        <translation>Sahə uyğunlaşdırmasında: {code}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="142"/>
        <source>Errors</source>
        <translation>Xətalar</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="146"/>
        <source>Choose a row to read it whole.</source>
        <translation>Tam oxumaq üçün sətri seçin.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="158"/>
        <source>Preview</source>
        <translation>Ön baxış</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="161"/>
        <location filename="../ui/tabs/records.py" line="367"/>
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="224"/>
        <source>{why}; e.g. {samples}</source>
        <translation>{why}; məs. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="226"/>
        <source>chosen by you; e.g. {samples}</source>
        <translation>sizin tərəfinizdən seçilib; məs. {samples}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="234"/>
        <source>Which column is {target}? {question}</source>
        <translation>{target} hansı sütundur? {question}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="310"/>
        <source>Row {row}</source>
        <translation>Sətir {row}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="312"/>
        <source>Why it was rejected: {reason}</source>
        <translation>Rədd edilmə səbəbi: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="313"/>
        <source>Text in the file: {text}</source>
        <translation>Fayldakı mətn: {text}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="327"/>
        <source>The choices changed: press Preview to see the result.</source>
        <translation>Seçimlər dəyişdi: nəticəni görmək üçün «Ön baxış» düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="356"/>
        <source>Records ({n})</source>
        <translation>Formulyarlar ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="357"/>
        <source>Errors ({n})</source>
        <translation>Xətalar ({n})</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="358"/>
        <source>{read} rows read as {mode}: {imported} to import, {rejected} rejected; {records} records, {mines} mines.</source>
        <translation>{read} sətir {mode} kimi oxundu: {imported} idxal ediləcək, {rejected} rədd edildi; {records} formulyar, {mines} mina.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="364"/>
        <source>Preview of the first {n} rows; the import reads the whole file.</source>
        <translation>İlk {n} sətrin ön baxışı; idxal bütün faylı oxuyur.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="48"/>
        <source>{count} sector(s) chosen.</source>
        <translation>{count} sektor seçilib.</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="57"/>
        <location filename="../ui/mark_form.py" line="59"/>
        <location filename="../ui/mark_form.py" line="64"/>
        <source>unchanged</source>
        <translation>dəyişməz</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="67"/>
        <source>Reason (the sector leaves 'cleared')</source>
        <translation>Səbəb (sektor «təmizlənib» statusundan çıxır)</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="71"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="74"/>
        <source>Depth</source>
        <translation>Dərinlik</translation>
    </message>
    <message>
        <location filename="../ui/mark_form.py" line="121"/>
        <source>Say why a cleared sector is taken out of 'cleared'.</source>
        <translation>Təmizlənmiş sektorun niyə «təmizlənib» statusundan çıxarıldığını göstərin.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="165"/>
        <source>{count} sector(s) marked “{status}”. Press Save edits in the Sectors tab to keep them (Cancel edits drops them).</source>
        <translation>{count} sektor “{status}” kimi işarələndi. Saxlamaq üçün “Sektorlar” vərəqində “Düzəlişləri saxla” düyməsini basın (“Düzəlişləri ləğv et” onları atır).</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="169"/>
        <source>The chosen sectors already have these values.</source>
        <translation>Seçilmiş sektorlarda artıq bu qiymətlər var.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="273"/>
        <location filename="../workspace/sector_edits.py" line="122"/>
        <source>The layer {layer} cannot be edited.</source>
        <translation>{layer} layını redaktə etmək mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../ui/mark_tool.py" line="359"/>
        <source>Open a workspace first: Mark sectors works on its sectors layer.</source>
        <translation>Əvvəlcə iş sahəsini açın: «Sektorları qeyd et» onun sektorlar layı ilə işləyir.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>ClearGround needs packages that this QGIS lacks.</source>
        <translation>ClearGround üçün bu QGIS-də olmayan paketlər lazımdır.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="30"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="31"/>
        <source>editor</source>
        <translation>redaktor</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="32"/>
        <source>read only</source>
        <translation>yalnız oxuma</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="33"/>
        <source>no access</source>
        <translation>giriş yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="49"/>
        <source>PostGIS workspace</source>
        <translation>PostGIS iş sahəsi</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="57"/>
        <source>QGIS connection</source>
        <translation>QGIS bağlantısı</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="59"/>
        <source>Workspaces in this database</source>
        <translation>Bu verilənlər bazasındakı iş sahələri</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="63"/>
        <source>or a new schema name</source>
        <translation>və ya yeni sxem adı</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="82"/>
        <source>QGIS has no PostgreSQL connection yet. Add one in the Browser (PostgreSQL &gt; New Connection), preferably with an authentication configuration, then come back.</source>
        <translation>QGIS-də hələ PostgreSQL bağlantısı yoxdur. Onu Brauzerdə əlavə edin (PostgreSQL &gt; Yeni bağlantı), mümkünsə autentifikasiya konfiqurasiyası ilə, sonra geri qayıdın.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="103"/>
        <source>{schema} ({level})</source>
        <translation>{schema} ({level})</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="143"/>
        <source>This database holds no ClearGround workspace you can see.</source>
        <translation>Bu verilənlər bazasında görə biləcəyiniz ClearGround iş sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/postgis_dialog.py" line="147"/>
        <source>The connection &quot;{name}&quot; keeps its password in plain settings. ClearGround never copies it into the project; QGIS will ask for it. Prefer an authentication configuration.</source>
        <translation>&quot;{name}&quot; bağlantısı parolu açıq parametrlərdə saxlayır. ClearGround onu heç vaxt layihəyə köçürmür; QGIS onu soruşacaq. Autentifikasiya konfiqurasiyasına üstünlük verin.</translation>
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
        <translation>Formulyarlardan kənar tapıntı</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="76"/>
        <source>Unmatched recorded mine</source>
        <translation>Tapılmamış qeydə alınmış mina</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="80"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <source>Acknowledged</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="81"/>
        <location filename="../ui/tabs/discrepancies.py" line="147"/>
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>fitted</source>
        <translation>uyğunlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>ambiguous</source>
        <translation>qeyri-müəyyən</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="82"/>
        <source>too few finds</source>
        <translation>tapıntılar çox azdır</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="84"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="85"/>
        <location filename="../workspace/report_layout.py" line="370"/>
        <source>Message</source>
        <translation>Məlumat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="105"/>
        <source>unrecorded</source>
        <translation>qeydə alınmayıb</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="106"/>
        <source>missing</source>
        <translation>çatışmır</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="108"/>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="109"/>
        <source>not found</source>
        <translation>tapılmayıb</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="110"/>
        <source>m off</source>
        <translation>m sürüşmə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="111"/>
        <source>after clearance</source>
        <translation>təmizləmədən sonra</translation>
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
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="218"/>
        <location filename="../ui/tabs/discrepancies.py" line="219"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="220"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="221"/>
        <source>Tolerance</source>
        <translation>Yol verilən xəta</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="222"/>
        <source>Perimeter buffer</source>
        <translation>Perimetr buferi</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="223"/>
        <source>Cleared before counts are compared</source>
        <translation>Saylar müqayisə edilməzdən əvvəl təmizlənmiş hissə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="224"/>
        <source>Draw lines from matched finds to their recorded mines</source>
        <translation>Uyğunlaşdırılmış tapıntılardan qeyd olunmuş minalarına xətlər çək</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="228"/>
        <source>Run analysis</source>
        <translation>Təhlili başlat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="229"/>
        <location filename="../ui/tabs/records.py" line="79"/>
        <location filename="../ui/tabs/report.py" line="99"/>
        <location filename="../ui/tabs/sectors.py" line="115"/>
        <location filename="../ui/tabs/tally.py" line="136"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="244"/>
        <source>All kinds</source>
        <translation>Bütün növlər</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="247"/>
        <source>All severities</source>
        <translation>Bütün ciddilik dərəcələri</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="250"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="253"/>
        <location filename="../ui/tabs/discrepancies.py" line="448"/>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="278"/>
        <location filename="../ui/tabs/discrepancies.py" line="520"/>
        <source>Choose a flag to read it whole.</source>
        <translation>Tam oxumaq üçün işarəni seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="283"/>
        <source>Note (what was done, by whom)</source>
        <translation>Qeyd (nə edildi, kim tərəfindən)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="284"/>
        <source>Acknowledge</source>
        <translation>Qəbul et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="285"/>
        <source>Resolve</source>
        <translation>Həll edilib kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="286"/>
        <source>Reopen</source>
        <translation>Yenidən aç</translation>
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
        <translation>Əvvəlcə iş sahəsini açın.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis was cancelled.</source>
        <translation>Təhlil ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="378"/>
        <source>The analysis failed.</source>
        <translation>Təhlil alınmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="389"/>
        <source>{total} flags: {high} high, {medium} medium, {low} low severity.</source>
        <translation>{total} qeyd: {high} yüksək, {medium} orta, {low} aşağı ciddilikli.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="391"/>
        <source>Some rows could not be used.</source>
        <translation>Bəzi sətirlərdən istifadə etmək mümkün olmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="416"/>
        <source>Matched finds to recorded mines</source>
        <translation>Qeyd olunmuş minalara uyğunlaşdırılmış tapıntılar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="452"/>
        <source>(no district)</source>
        <translation>(rayon yoxdur)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="496"/>
        <location filename="../ui/tabs/discrepancies.py" line="529"/>
        <source>Note: {note}</source>
        <translation>Qeyd: {note}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="502"/>
        <source>{shown} of {total} flags shown.</source>
        <translation>{total} qeyddən {shown} göstərilir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="523"/>
        <source>Severity: {severity}</source>
        <translation>Ciddilik: {severity}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="538"/>
        <source>Fit: {status}</source>
        <translation>Uyğunluq: {status}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="540"/>
        <source>(confidence {confidence:.2f})</source>
        <translation>(etibarlılıq {confidence:.2f})</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="542"/>
        <source>Both fits are drawn on the map: filled circles where the best puts its mines, hollow diamonds where the runner-up does.</source>
        <translation>Hər iki uyğunluq xəritədə çəkilib: dolu dairələr ən yaxşısının minaları qoyduğu yerdir, içi boş romblar isə ikincinin qoyduğu yer.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="607"/>
        <source>This workspace is read-only for you.</source>
        <translation>Bu iş sahəsi sizin üçün yalnız oxuma rejimindədir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="611"/>
        <source>Say in the note how the flag was resolved.</source>
        <translation>Qeyddə uyğunsuzluğun necə həll edildiyini göstərin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="626"/>
        <source>The flags could not be updated.</source>
        <translation>Qeydləri yeniləmək mümkün olmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="631"/>
        <source>The workspace has no audit log; the change is not logged.</source>
        <translation>İş sahəsində dəyişikliklər jurnalı yoxdur; dəyişiklik qeydə alınmır.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/discrepancies.py" line="637"/>
        <source>{count} flag(s) marked {status}.</source>
        <translation>{count} qeyd {status} kimi işarələndi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="49"/>
        <source>Finds (points: CSV, XLSX, GeoJSON, GeoPackage, KML, GPX waypoints)</source>
        <translation>Tapıntılar (nöqtələr: CSV, XLSX, GeoJSON, GeoPackage, KML, GPX yol nöqtələri)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="50"/>
        <source>Hazard areas (SHA/CHA polygons of a survey)</source>
        <translation>Təhlükəli ərazilər (tədqiqatın SHA/CHA poliqonları)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AP mines the record states</source>
        <translation>Qeyddə göstərilən AP minaları</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="55"/>
        <source>AT mines the record states</source>
        <translation>Qeyddə göstərilən AT minaları</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="56"/>
        <source>Mines of the record in the workspace (imported points)</source>
        <translation>İş sahəsindəki qeydin minaları (idxal edilmiş nöqtələr)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="77"/>
        <source>Import mine map…</source>
        <translation>Mina xəritəsini idxal et…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="82"/>
        <source>Import field report…</source>
        <translation>Sahə hesabatını idxal et…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="83"/>
        <source>Finds or hazard areas from the field: every row imported, a duplicate of what the workspace holds, or rejected with its reason</source>
        <translation>Sahədən gələn tapıntılar və ya təhlükəli ərazilər: hər sətir ya idxal edilib, ya iş sahəsində olanın dublikatıdır, ya da səbəbi göstərilməklə rədd edilib</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="146"/>
        <location filename="../ui/tabs/records.py" line="209"/>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>İdxal davam edir; onu gözləyin və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="162"/>
        <location filename="../ui/tabs/records.py" line="225"/>
        <source>The import was cancelled; the workspace was left as it was.</source>
        <translation>İdxal ləğv edildi; iş sahəsi olduğu kimi qaldı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="167"/>
        <source>The mine map could not be imported; the workspace was left as it was.</source>
        <translation>Mina xəritəsini idxal etmək mümkün olmadı; iş sahəsi olduğu kimi qaldı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="179"/>
        <source>Imported {records} records and {mines} mines; {rejected} rows rejected.</source>
        <translation>{records} formulyar və {mines} mina idxal edildi; {rejected} sətir rədd edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="230"/>
        <source>The field report could not be imported; the workspace was left as it was.</source>
        <translation>Sahə hesabatını idxal etmək mümkün olmadı; iş sahəsi olduğu kimi qaldı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="245"/>
        <source>Imported {added} finds; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>{added} tapıntı idxal edildi; {duplicates} artıq iş sahəsindədir; {rejected} sətir rədd edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="247"/>
        <source>Imported {added} hazard areas; {duplicates} already in the workspace; {rejected} rows rejected.</source>
        <translation>{added} təhlükəli ərazi idxal edildi; {duplicates} artıq iş sahəsindədir; {rejected} sətir rədd edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="275"/>
        <source>No workspace open.</source>
        <translation>Açıq iş sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="305"/>
        <source>{records} records, {mines} recorded mines.</source>
        <translation>{records} formulyar, {mines} qeyd olunmuş mina.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="341"/>
        <source>Import field report</source>
        <translation>Sahə hesabatını idxal et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="345"/>
        <source>Field reports (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;All files (*)</source>
        <translation>Sahə hesabatları (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="355"/>
        <source>e.g. find_id=Nomre;found_date=Tarix (empty: recognised from the file)</source>
        <translation>məs. find_id=Nomre;found_date=Tarix (boş: fayldan müəyyən edilir)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="358"/>
        <source>The report holds</source>
        <translation>Hesabatda var</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="360"/>
        <source>Field mapping</source>
        <translation>Sahələrin uyğunlaşdırılması</translation>
    </message>
    <message>
        <location filename="../ui/tabs/records.py" line="362"/>
        <source>Dates are read day first (12.03.2022 and 12/03/2022 are 12 March 2022). Finds already in the workspace are counted, not added again.</source>
        <translation>Tarixlərdə əvvəlcə gün oxunur (12.03.2022 və 12/03/2022 — 12 mart 2022 deməkdir). İş sahəsində artıq olan tapıntılar sayılır, lakin yenidən əlavə edilmir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="45"/>
        <location filename="../ui/tabs/report.py" line="97"/>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="76"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="85"/>
        <source>Also write an HTML summary beside it</source>
        <translation>Yanında HTML xülasəsini də yaz</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="89"/>
        <location filename="../ui/tabs/tally.py" line="128"/>
        <source>District name</source>
        <translation>Rayonun adı</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="90"/>
        <location filename="../ui/tabs/tally.py" line="131"/>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="91"/>
        <source>Table and chart by</source>
        <translation>Cədvəl və diaqram</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="92"/>
        <source>Template (optional)</source>
        <translation>Şablon (istəyə görə)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="93"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="98"/>
        <source>Write the weekly report of the open workspace as a PDF</source>
        <translation>Açıq iş sahəsinin həftəlik hesabatını PDF kimi yaz</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="175"/>
        <source>Choose a districts layer.</source>
        <translation>Rayonlar layını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="178"/>
        <source>Choose where to write the PDF.</source>
        <translation>PDF-in harada yazılacağını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="205"/>
        <source>A report is being built (started at {time}, {percent}% done): wait for it or cancel it.</source>
        <translation>Hesabat hazırlanır ({time}-da başlayıb, {percent}% hazırdır): gözləyin və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="221"/>
        <source>The districts layer {layer} has {count} polygons: the report makes a page for each one with data, up to {pages} pages. Build it?</source>
        <translation>{layer} rayonlar layında {count} poliqon var: hesabat məlumatı olan hər biri üçün bir səhifə yaradır, {pages} səhifəyədək. Hazırlansın?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="229"/>
        <source>The latest find is of {date}.</source>
        <translation>Ən son tapıntı {date} tarixlidir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="230"/>
        <source>The workspace has no dated finds.</source>
        <translation>İş sahəsində tarixli tapıntı yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="231"/>
        <source>No finds between {start} and {end}. {hint} Build an empty report?</source>
        <translation>{start} və {end} arasında tapıntı yoxdur. {hint} Boş hesabat hazırlansın?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report was cancelled.</source>
        <translation>Hesabat ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="244"/>
        <source>The report failed.</source>
        <translation>Hesabat alınmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="256"/>
        <source>The report is ready: {name} ({pages} pages).</source>
        <translation>Hesabat hazırdır: {name} ({pages} səhifə).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/report.py" line="258"/>
        <source>Open the PDF</source>
        <translation>PDF-i aç</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected hazard areas</source>
        <translation>Seçilmiş təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="51"/>
        <source>Selected minefield records</source>
        <translation>Seçilmiş mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per record or hazard</source>
        <translation>Formulyar və ya təhlükəli ərazi üzrə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="52"/>
        <source>Per district</source>
        <translation>Rayonlar üzrə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="54"/>
        <source>Total (ha)</source>
        <translation>Cəmi (ha)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Cleared (ha)</source>
        <translation>Təmizlənib (ha)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Cleared %</source>
        <translation>Təmizlənib, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Reduced (ha)</source>
        <translation>Azaldılıb (ha)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="55"/>
        <source>Reduced %</source>
        <translation>Azaldılıb, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled (ha)</source>
        <translation>Ləğv edilib (ha)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Cancelled %</source>
        <translation>Ləğv edilib, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="56"/>
        <source>Remaining (ha)</source>
        <translation>Qalıb (ha)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="57"/>
        <source>Remaining %</source>
        <translation>Qalıb, %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="118"/>
        <source>For</source>
        <translation>Nə üçün</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="119"/>
        <source>Cell size</source>
        <translation>Xana ölçüsü</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="128"/>
        <source>Mark sectors on the map</source>
        <translation>Sektorları xəritədə qeyd et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="129"/>
        <source>Click a sector, drag a rectangle, or Shift+click a polygon (right click closes it), then set status, date, team, method and depth.</source>
        <translation>Sektora klikləyin, düzbucaqlı çəkin və ya Shift+klik ilə poliqon çəkin (sağ klik onu qapadır), sonra status, tarix, qrup, üsul və dərinliyi təyin edin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="133"/>
        <source>Save edits</source>
        <translation>Düzəlişləri saxla</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="134"/>
        <source>Write the marked sectors to the workspace (and their changes to the audit log)</source>
        <translation>İşarələnmiş sektorları iş sahəsinə yaz (dəyişikliklərini isə audit jurnalına)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="137"/>
        <source>Cancel edits</source>
        <translation>Düzəlişləri ləğv et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="138"/>
        <source>Drop the sector changes made since the last save</source>
        <translation>Son saxlamadan sonra sektorlarda edilən dəyişiklikləri ləğv et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="140"/>
        <source>History…</source>
        <translation>Tarixçə…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="141"/>
        <source>Who changed the selected sectors, or the sectors of the record or hazard chosen in the table, and when</source>
        <translation>Seçilmiş sektorları və ya cədvəldə seçilmiş qeydin ya da təhlükəli ərazinin sektorlarını kim və nə vaxt dəyişib</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="150"/>
        <source>Field package</source>
        <translation>Sahə paketi</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="151"/>
        <source>Take sectors to a field team's QField device, and merge what comes back</source>
        <translation>Sektorları sahə qrupunun QField cihazına ötürün və geri gələni birləşdirin</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="154"/>
        <source>Package for a team…</source>
        <translation>Qrup üçün paket…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="156"/>
        <source>Sync a returned package…</source>
        <translation>Qaytarılmış paketi sinxronlaşdır…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="164"/>
        <source>Land release</source>
        <translation>Ərazilərin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="170"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="175"/>
        <source>District names from</source>
        <translation>Rayon adlarının mənbəyi</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="179"/>
        <source>District names written differently in the records (Aghdam, Ağdam rayonu) are shown as this layer names them.</source>
        <translation>Qeydlərdə fərqli yazılmış rayon adları (Aghdam, Ağdam rayonu) bu layda olduğu kimi göstərilir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="229"/>
        <source>Sectors are being generated; wait for them or cancel.</source>
        <translation>Sektorlar yaradılır; gözləyin və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="238"/>
        <source>Select the hazard areas or records to divide into sectors first.</source>
        <translation>Əvvəlcə sektorlara bölünəcək təhlükəli əraziləri və ya formulyarları seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="247"/>
        <source>{count} already have sectors and were left as they are: {ids}</source>
        <translation>{count} obyektin artıq sektorları var və onlar olduğu kimi saxlanıldı: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="269"/>
        <source>Generating sectors was cancelled; nothing was added.</source>
        <translation>Sektorların yaradılması ləğv edildi; heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="272"/>
        <source>Sectors could not be generated.</source>
        <translation>Sektorları yaratmaq mümkün olmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="274"/>
        <source>The workspace was closed before the sectors were ready; nothing was added.</source>
        <translation>Sektorlar hazır olmamış iş sahəsi bağlandı; heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="281"/>
        <source>{count} selected rows got no sectors.</source>
        <translation>{count} seçilmiş sətir üçün sektor yaradılmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="284"/>
        <source>{count} sectors generated.</source>
        <translation>{count} sektor yaradıldı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="290"/>
        <source>Package for a team</source>
        <translation>Qrup üçün paket</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="293"/>
        <source>A new, empty folder for the package</source>
        <translation>Paket üçün yeni, boş qovluq</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="298"/>
        <source>The returned package's folder</source>
        <translation>Qaytarılmış paketin qovluğu</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="322"/>
        <source>Another task of this tab is running; wait for it or cancel.</source>
        <translation>Bu tabın başqa tapşırığı icra olunur; onu gözləyin və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="336"/>
        <source>Field package written to {folder}; copy the folder to the device's QField/Imported Projects.</source>
        <translation>Sahə paketi {folder} qovluğuna yazıldı; qovluğu cihazda QField/Imported Projects qovluğuna köçürün.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="339"/>
        <source>The field package was not made.</source>
        <translation>Sahə paketi yaradılmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="346"/>
        <source>The field package was not merged; the workspace is unchanged.</source>
        <translation>Sahə paketi birləşdirilmədi; iş sahəsi dəyişməyib.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="351"/>
        <source>Field sync report</source>
        <translation>Sahə sinxronizasiyası hesabatı</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="358"/>
        <source>Field package merged: {merged} merged, {skipped} skipped, {conflicts} in conflict.</source>
        <translation>Sahə paketi birləşdirildi: {merged} birləşdirildi, {skipped} buraxıldı, {conflicts} ziddiyyətdədir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="393"/>
        <source>{count} sector(s) saved; their changes are in the audit log.</source>
        <translation>{count} sektor saxlanıldı; dəyişiklikləri audit jurnalındadır.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="400"/>
        <source>The sectors could not be saved; the edits are kept.</source>
        <translation>Sektorları saxlamaq mümkün olmadı; düzəlişlər qalır.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="411"/>
        <source>Drop the unsaved changes of {count} sector(s)?</source>
        <translation>{count} sektorun saxlanmamış dəyişiklikləri ləğv edilsin?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="418"/>
        <source>The changes of {count} sector(s) were dropped.</source>
        <translation>{count} sektorun dəyişiklikləri ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="437"/>
        <source>{count} sectors</source>
        <translation>{count} sektor</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="465"/>
        <source>Select sectors on the map, or a record or hazard in the table, to see their history.</source>
        <translation>Tarixçəni görmək üçün xəritədə sektorları və ya cədvəldə qeyd ya da təhlükəli ərazi seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="469"/>
        <source>Edits not saved yet are not in it.</source>
        <translation>Hələ saxlanmamış düzəlişlər buraya daxil deyil.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="472"/>
        <source>History of {what}</source>
        <translation>Tarixçə: {what}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="484"/>
        <source>History of {what}…</source>
        <translation>Tarixçə: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="570"/>
        <source>District names matched to {layer}: {pairs}.</source>
        <translation>Rayon adları {layer} ilə uyğunlaşdırıldı: {pairs}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="573"/>
        <source>Not in {layer}, kept as written: {names}.</source>
        <translation>{layer} layında yoxdur, yazıldığı kimi saxlanıldı: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="577"/>
        <source>Like several districts of {layer}, kept as written: {names}.</source>
        <translation>{layer} layındakı bir neçə rayona uyğundur, yazıldığı kimi saxlanıldı: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="588"/>
        <location filename="../ui/tabs/tally.py" line="308"/>
        <location filename="../ui/tabs/tally.py" line="446"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="617"/>
        <source>{cleared} of {total} ha cleared ({pct} %), {remaining} ha remaining.</source>
        <translation>{total} ha-dan {cleared} ha təmizlənib ({pct} %), {remaining} ha qalıb.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/sectors.py" line="623"/>
        <source>No sectors yet.</source>
        <translation>Hələ sektor yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="111"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="112"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="125"/>
        <source>Weight by</source>
        <translation>Çəki sahəsi</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="148"/>
        <source>Hide districts without finds</source>
        <translation>Tapıntısız rayonları gizlət</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="149"/>
        <source>The table, its export and the chart leave out the districts where nothing was found and no land was released</source>
        <translation>Cədvəl, onun ixracı və diaqram heç nə tapılmamış və torpaq azad edilməmiş rayonları göstərmir</translation>
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
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="178"/>
        <source>Choropleth</source>
        <translation>Xoroplet xəritə</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="179"/>
        <source>Add the districts to the map, shaded by their finds in the period the table shows</source>
        <translation>Rayonları cədvəldə göstərilən dövrdəki tapıntılarına görə rənglənmiş şəkildə xəritəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="241"/>
        <source>Choose a finds layer and a districts layer.</source>
        <translation>Tapıntılar layını və rayonlar layını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally was cancelled.</source>
        <translation>Hesablama ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="278"/>
        <source>The tally failed.</source>
        <translation>Hesablama alınmadı.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="285"/>
        <source>Finds per district</source>
        <translation>Rayonlar üzrə tapıntılar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="290"/>
        <source>{total} finds tallied; {unassigned} outside every district.</source>
        <translation>{total} tapıntı hesablandı; {unassigned} tapıntı bütün rayonlardan kənardadır.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="293"/>
        <source>Some rows need attention.</source>
        <translation>Bəzi sətirlər diqqət tələb edir.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="306"/>
        <source>All periods</source>
        <translation>Bütün dövrlər</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="365"/>
        <source>Unassigned</source>
        <translation>Rayona aid edilməyib</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="420"/>
        <source>Export the tally</source>
        <translation>Hesablamanı ixrac et</translation>
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
        <translation>Hesablama {name} faylına ixrac edildi.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="448"/>
        <source>Finds per district, {view}</source>
        <translation>Rayonlar üzrə tapıntılar, {view}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/tally.py" line="482"/>
        <source>ClearGround tally</source>
        <translation>ClearGround xülasəsi</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="159"/>
        <source>{layer}: GDAL's Arrow stream failed ({error}); reading feature by feature.</source>
        <translation>{layer}: GDAL-ın Arrow axını alınmadı ({error}); obyektlər bir-bir oxunur.</translation>
    </message>
    <message>
        <location filename="../workspace/arrays.py" line="196"/>
        <source>the layer changed while it was read: features are missing</source>
        <translation>lay oxunarkən dəyişdi: bəzi obyektlər yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/field_layers.py" line="21"/>
        <source>the workspace's layer {layer} cannot be read</source>
        <translation>iş sahəsinin {layer} layı oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="45"/>
        <source>{name}: a layer can be named only for GPX files</source>
        <translation>{name}: lay adı yalnız GPX faylları üçün göstərilə bilər</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="48"/>
        <location filename="../workspace/sources.py" line="49"/>
        <source>{path}: no such file</source>
        <translation>{path}: belə fayl yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="54"/>
        <location filename="../workspace/sources.py" line="273"/>
        <location filename="../workspace/sources.py" line="360"/>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} oxunmur: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="56"/>
        <source>{name} has no layer '{layer}' (a GPX file has: {layers})</source>
        <translation>{name} faylında '{layer}' layı yoxdur (GPX faylında bunlar var: {layers})</translation>
    </message>
    <message>
        <location filename="../workspace/field_sources.py" line="74"/>
        <source>{name} has no {layer}</source>
        <translation>{name} içində {layer} yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="84"/>
        <location filename="../workspace/transfer.py" line="282"/>
        <source>{path}: a workspace is a GeoPackage; give the file name the .gpkg extension.</source>
        <translation>{path}: iş sahəsi GeoPackage faylıdır; fayl adına .gpkg genişlənməsini verin.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="87"/>
        <source>{path} already exists. Open it, or choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} artıq mövcuddur. Onu açın və ya başqa ad seçin: ClearGround heç vaxt faylın üzərinə yazmır.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="91"/>
        <location filename="../workspace/transfer.py" line="288"/>
        <source>{path}: no such folder.</source>
        <translation>{path}: belə qovluq yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="109"/>
        <source>{name} is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>{name} sxem v{version} iş sahəsidir; istifadədən əvvəl v{current} versiyasına yenilənməlidir.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="124"/>
        <source>{path}: no such file.</source>
        <translation>{path}: belə fayl yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="126"/>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} qovluqdur, iş sahəsi faylı deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="134"/>
        <location filename="../workspace/gpkg_store.py" line="165"/>
        <location filename="../workspace/gpkg_store.py" line="169"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} oxuna bilmir: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="140"/>
        <location filename="../workspace/geopackage.py" line="142"/>
        <source>{name} is corrupt: {error}.</source>
        <translation>{name} zədələnib: {error}.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="144"/>
        <source>{name} is an SQLite database but not a GeoPackage, so not a workspace either. Create a workspace for your data (Workspace ▸ New workspace…).</source>
        <translation>{name}: SQLite verilənlər bazasıdır, lakin GeoPackage deyil, deməli, iş sahəsi də deyil. Məlumatlarınız üçün iş sahəsi yaradın (İş sahəsi ▸ Yeni iş sahəsi…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="158"/>
        <source>{name}: {table} has no valid schema_version.</source>
        <translation>{name}: {table} cədvəlində düzgün schema_version yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="161"/>
        <source>{name} was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>{name} ClearGround-un daha yeni versiyası ilə yaradılıb (sxem v{version}); bu versiya v{current} sxeminə qədər oxuyur. Açmaq üçün plagini yeniləyin.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a CSV text file</source>
        <translation>CSV mətn faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>a text file</source>
        <translation>mətn faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="196"/>
        <location filename="../workspace/geopackage.py" line="196"/>
        <source>an Excel workbook</source>
        <translation>Excel iş kitabı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a GeoJSON file</source>
        <translation>GeoJSON faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a JSON file</source>
        <translation>JSON faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a KML file</source>
        <translation>KML faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="197"/>
        <source>a KMZ file</source>
        <translation>KMZ faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a shapefile</source>
        <translation>shapefile faylı</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a QGIS project</source>
        <translation>QGIS layihəsi</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="198"/>
        <source>a PDF document</source>
        <translation>PDF sənədi</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="209"/>
        <source>a file of another kind</source>
        <translation>başqa növ fayl</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="210"/>
        <source>{name} is not a GeoPackage: it is {what}, not a workspace.</source>
        <translation>{name} GeoPackage deyil ({what}), iş sahəsi deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="212"/>
        <source>Open or create a workspace (Workspace ▸ New workspace…), then import the file into it (Records ▸ Import mine map…).</source>
        <translation>İş sahəsini açın və ya yaradın (İş sahəsi ▸ Yeni iş sahəsi…), sonra faylı ora idxal edin (Qeydlər ▸ Mina xəritəsini idxal et…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="214"/>
        <source>A workspace is a GeoPackage made by ClearGround: create one (Workspace ▸ New workspace…).</source>
        <translation>İş sahəsi ClearGround tərəfindən yaradılmış GeoPackage-dir: onu yaradın (İş sahəsi ▸ Yeni iş sahəsi…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="221"/>
        <source>{name} is an empty GeoPackage, not a ClearGround workspace. Create a workspace instead (Workspace ▸ New workspace…).</source>
        <translation>{name}: boş GeoPackage-dir, ClearGround iş sahəsi deyil. Əvəzində iş sahəsi yaradın (İş sahəsi ▸ Yeni iş sahəsi…).</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="225"/>
        <source>{layers} and {count} more</source>
        <translation>{layers} və daha {count}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="226"/>
        <source>{name} is a GeoPackage with the layers {layers}, not a ClearGround workspace. To use its mine maps, open or create a workspace (Workspace ▸ New workspace…) and import them into it (Records ▸ Import mine map…); the file is left as it is.</source>
        <translation>{name}: {layers} laylı GeoPackage-dir, ClearGround iş sahəsi deyil. Onun mina xəritələrindən istifadə etmək üçün iş sahəsini açın və ya yaradın (İş sahəsi ▸ Yeni iş sahəsi…) və onları ora idxal edin (Qeydlər ▸ Mina xəritəsini idxal et…); fayl olduğu kimi qalır.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="235"/>
        <source>{name} is damaged: the layer {layer} is missing.</source>
        <translation>{name} zədələnib: {layer} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="239"/>
        <source>{name} is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>{name} zədələnib: {layer} layında {fields} sahə(lər)i yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="244"/>
        <source>{name} is read-only. ClearGround writes to its workspace (marking, audit log): copy it to a folder where you can write, or change its permissions.</source>
        <translation>{name} yalnız oxunur. ClearGround iş sahəsinə yazır (işarələmə, audit jurnalı): onu yazmaq mümkün olan qovluğa köçürün və ya icazələrini dəyişin.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="287"/>
        <source>{name} was left unchanged: {error}</source>
        <translation>{name} dəyişdirilmədi: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="295"/>
        <source>the disk is full; free some space, or choose another folder</source>
        <translation>disk doludur; yer boşaldın və ya başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="297"/>
        <source>the folder cannot be written ({error}); choose another folder</source>
        <translation>qovluğa yazmaq mümkün deyil ({error}); başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="302"/>
        <source>{kind} without a message; check the folder's free space and permissions</source>
        <translation>mesajsız {kind}; qovluğun boş yerini və icazələrini yoxlayın</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="359"/>
        <source>The field {field} could not be added to {layer}.</source>
        <translation>{field} sahəsini {layer} qatına əlavə etmək mümkün olmadı.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="133"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} yazmaq üçün açıla bilmir: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="141"/>
        <source>{name} is being written by another program (it stayed locked for {seconds:g} s); nothing was written. Save or close the edits elsewhere, then try again.</source>
        <translation>{name} başqa proqram tərəfindən yazılır ({seconds:g} s kilidli qaldı); heç nə yazılmadı. Digər yerdəki düzəlişləri saxlayın və ya bağlayın, sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="153"/>
        <source>{name} was left unchanged: the database refused the write ({error}).</source>
        <translation>{name} dəyişdirilmədi: verilənlər bazası yazmanı rədd etdi ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="253"/>
        <location filename="../workspace/pg_store.py" line="251"/>
        <source>Sector {sector} was not saved: {error}</source>
        <translation>{sector} sektoru yadda saxlanmadı: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/gpkg_store.py" line="260"/>
        <location filename="../workspace/pg_store.py" line="188"/>
        <source>Sector {sector} no longer exists in the workspace.</source>
        <translation>{sector} sektoru artıq iş sahəsində yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="28"/>
        <source>No workspace was given.</source>
        <translation>İş sahəsi göstərilməyib.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="38"/>
        <source>&quot;{value}&quot; is neither a GeoPackage workspace (a .gpkg file) nor a QGIS PostgreSQL connection (postgres:CONNECTION/SCHEMA). The connections are: {names}.</source>
        <translation>&quot;{value}&quot; nə GeoPackage iş sahəsi (.gpkg faylı), nə də QGIS PostgreSQL bağlantısıdır (postgres:CONNECTION/SCHEMA). Bağlantılar: {names}.</translation>
    </message>
    <message>
        <location filename="../workspace/locate.py" line="45"/>
        <source>The QGIS connection &quot;{name}&quot; reaches {count} workspaces ({schemas}); name one: postgres:{name}/SCHEMA.</source>
        <translation>QGIS bağlantısı &quot;{name}&quot; {count} iş sahəsinə çatır ({schemas}); birini göstərin: postgres:{name}/SCHEMA.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="51"/>
        <source>{path} cannot be created.</source>
        <translation>{path} yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="125"/>
        <source>{path} holds no ClearGround field package (a folder with one package GeoPackage).</source>
        <translation>{path} ClearGround sahə paketi saxlamır (bir paket GeoPackage-i olan qovluq).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="126"/>
        <source>{path} holds {count} field packages; name the GeoPackage.</source>
        <translation>{path} {count} sahə paketi saxlayır; GeoPackage-i göstərin.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="130"/>
        <source>{path}: no such file or folder.</source>
        <translation>{path}: belə fayl və ya qovluq yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="132"/>
        <source>{path} is not a ClearGround field package (no {table} table naming one).</source>
        <translation>{path} ClearGround sahə paketi deyil (onu göstərən {table} cədvəli yoxdur).</translation>
    </message>
    <message>
        <location filename="../workspace/package_file.py" line="181"/>
        <source>The field package lacks its layer {layer}.</source>
        <translation>Sahə paketində {layer} qatı yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="48"/>
        <source>You may not make this change in the workspace &quot;{name}&quot; ({error}); nothing was written. Ask its administrator for the role it needs.</source>
        <translation>&quot;{name}&quot; iş sahəsində bu dəyişikliyi etməyə icazəniz yoxdur ({error}); heç nə yazılmadı. Lazımi rolu onun administratorundan istəyin.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="56"/>
        <source>The workspace &quot;{name}&quot; was left unchanged: the database refused the write ({error}).</source>
        <translation>&quot;{name}&quot; iş sahəsi dəyişmədən qaldı: verilənlər bazası yazmanı rədd etdi ({error}).</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="73"/>
        <source>Cannot connect to the workspace &quot;{name}&quot;: {error}</source>
        <translation>&quot;{name}&quot; iş sahəsinə qoşulmaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="99"/>
        <location filename="../workspace/writer.py" line="530"/>
        <source>Writing was cancelled; the workspace was left unchanged.</source>
        <translation>Yazma ləğv edildi; iş sahəsi dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../workspace/pg_store.py" line="240"/>
        <source>Marking cannot change the sector field(s) {fields}.</source>
        <translation>Qeydetmə sektorun {fields} sahə(lər)ini dəyişə bilməz.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="51"/>
        <source>PostgreSQL workspaces need the Python package psycopg2, which this QGIS lacks. Install python3-psycopg2 (Debian/Ubuntu) or 'pip install psycopg2-binary' in the OSGeo4W shell.</source>
        <translation>PostgreSQL iş sahələri üçün psycopg2 Python paketi lazımdır, bu QGIS-də isə o yoxdur. python3-psycopg2 paketini (Debian/Ubuntu) quraşdırın və ya OSGeo4W qabığında 'pip install psycopg2-binary' əmrini icra edin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="84"/>
        <source>The workspace &quot;{schema}&quot; was not opened through a QGIS connection; algorithms reach a PostGIS workspace by its connection's name.</source>
        <translation>&quot;{schema}&quot; iş sahəsi QGIS bağlantısı ilə açılmayıb; alqoritmlər PostGIS iş sahəsinə bağlantının adı ilə çatır.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="155"/>
        <source>The workspace could not be created in schema &quot;{schema}&quot;</source>
        <translation>İş sahəsini &quot;{schema}&quot; sxemində yaratmaq mümkün olmadı</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="167"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is already a ClearGround workspace: open it instead.</source>
        <translation>&quot;{schema}&quot; PostgreSQL sxemi artıq ClearGround iş sahəsidir: onu açın.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="175"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; already holds tables; ClearGround never writes into them. Choose a new schema name.</source>
        <translation>&quot;{schema}&quot; PostgreSQL sxemində artıq cədvəllər var; ClearGround heç vaxt onlara yazmır. Yeni sxem adı seçin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="192"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is a schema v{version} workspace; it must be upgraded to v{current} before use.</source>
        <translation>&quot;{schema}&quot; PostgreSQL sxemi v{version} sxemli iş sahəsidir; istifadədən əvvəl onu v{current} versiyasına yeniləmək lazımdır.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="239"/>
        <source>The workspace in schema &quot;{schema}&quot; was left unchanged</source>
        <translation>&quot;{schema}&quot; sxemindəki iş sahəsi dəyişdirilmədi</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="250"/>
        <location filename="../workspace/postgis.py" line="505"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; does not exist.</source>
        <translation>&quot;{schema}&quot; PostgreSQL sxemi mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="255"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; holds the tables {tables}, not a ClearGround workspace.</source>
        <translation>PostgreSQL sxemi &quot;{schema}&quot; {tables} cədvəllərini saxlayır, ClearGround iş sahəsi deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="258"/>
        <source>The PostgreSQL schema &quot;{schema}&quot; is empty, not a ClearGround workspace.</source>
        <translation>PostgreSQL sxemi &quot;{schema}&quot; boşdur, ClearGround iş sahəsi deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="260"/>
        <source>Choose the schema of a workspace, or make one: open a GeoPackage workspace and copy it there (Workspace ▸ Copy to PostGIS…); this schema is left as it is.</source>
        <translation>İş sahəsinin sxemini seçin və ya yaradın: GeoPackage iş sahəsini açın və onu ora köçürün (İş sahəsi ▸ PostGIS-ə köçür…); bu sxem olduğu kimi qalır.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="269"/>
        <source>The schema &quot;{schema}&quot; cannot be read</source>
        <translation>&quot;{schema}&quot; sxemini oxumaq mümkün deyil</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="296"/>
        <source>Give the PostgreSQL schema of the workspace a name.</source>
        <translation>İş sahəsinin PostgreSQL sxeminə ad verin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="298"/>
        <source>The schema name &quot;{schema}&quot; is too long: PostgreSQL names hold at most 63 bytes.</source>
        <translation>&quot;{schema}&quot; sxem adı çox uzundur: PostgreSQL adları ən çoxu 63 baytdır.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="302"/>
        <source>A schema name cannot contain a NUL character.</source>
        <translation>Sxem adında NUL simvolu ola bilməz.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="309"/>
        <source>PostGIS is not installed in the database &quot;{database}&quot;. Ask its administrator to run CREATE EXTENSION postgis; in it.</source>
        <translation>&quot;{database}&quot; verilənlər bazasında PostGIS quraşdırılmayıb. Onun administratorundan bazada CREATE EXTENSION postgis; əmrini icra etməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="343"/>
        <source>The schema &quot;{schema}&quot;: {meta} has no valid schema_version.</source>
        <translation>&quot;{schema}&quot; sxemi: {meta} cədvəlində düzgün schema_version yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="349"/>
        <source>The workspace in schema &quot;{schema}&quot; was made by a newer ClearGround (schema v{version}); this version reads up to v{current}. Update the plugin to open it.</source>
        <translation>&quot;{schema}&quot; sxemindəki iş sahəsi ClearGround-un daha yeni versiyası ilə yaradılıb (sxem v{version}); bu versiya v{current} sxeminədək oxuyur. Onu açmaq üçün plagini yeniləyin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="363"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} is missing.</source>
        <translation>&quot;{schema}&quot; sxemindəki iş sahəsi zədələnib: {layer} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="367"/>
        <source>The workspace in schema &quot;{schema}&quot; is damaged: the layer {layer} lacks the field(s) {fields}.</source>
        <translation>&quot;{schema}&quot; sxemindəki iş sahəsi zədələnib: {layer} layında {fields} sahə(lər)i yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="444"/>
        <source>The roles of workspace &quot;{schema}&quot; could not be set up</source>
        <translation>&quot;{schema}&quot; iş sahəsinin rollarını qurmaq mümkün olmadı</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="484"/>
        <source>You ({user}) have no access to the workspace &quot;{schema}&quot;. Ask its administrator for the reader or editor role.</source>
        <translation>Sizin ({user}) &quot;{schema}&quot; iş sahəsinə girişiniz yoxdur. Onun administratorundan oxucu və ya redaktor rolunu istəyin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="489"/>
        <source>You ({user}) can read the workspace &quot;{schema}&quot; but not change it: marking sectors, triage of discrepancies and imports are disabled. Ask its administrator for the editor role.</source>
        <translation>Siz ({user}) &quot;{schema}&quot; iş sahəsini oxuya bilərsiniz, lakin dəyişə bilməzsiniz: sektorların qeyd olunması, uyğunsuzluqların baxılması və idxal söndürülüb. Onun administratorundan redaktor rolunu istəyin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="559"/>
        <location filename="../workspace/store.py" line="48"/>
        <source>Sector {sector} was changed by {user} at {time}; reload it and try again.</source>
        <translation>{sector} sektoru {time} vaxtında {user} tərəfindən dəyişdirilib; onu yenidən yükləyin və təkrar cəhd edin.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="661"/>
        <source>There is no PostgreSQL connection called &quot;{name}&quot; in QGIS.</source>
        <translation>QGIS-də &quot;{name}&quot; adlı PostgreSQL bağlantısı yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="717"/>
        <source>Cannot list the workspaces of the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>QGIS-in &quot;{name}&quot; bağlantısının iş sahələrini siyahıya almaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="746"/>
        <source>Cannot connect with the QGIS connection &quot;{name}&quot;: {error}</source>
        <translation>QGIS-in &quot;{name}&quot; bağlantısı ilə qoşulmaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="76"/>
        <source>Reduced</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>High severity</source>
        <translation>Yüksək ciddilik</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Medium severity</source>
        <translation>Orta ciddilik</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="77"/>
        <source>Low severity</source>
        <translation>Aşağı ciddilik</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Təsdiqlənmiş (TTƏ)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Suspected (SHA)</source>
        <translation>Şübhəli (ŞTƏ)</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="78"/>
        <source>Submunition</source>
        <translation>Kaset döyüş elementi</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="248"/>
        <source>None</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="318"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="333"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="370"/>
        <source>Discrepancy</source>
        <translation>Uyğunsuzluq</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="384"/>
        <source>{path} is not a layout template (.qpt).</source>
        <translation>{path} maket şablonu (.qpt) deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="387"/>
        <source>{path} could not be read as a layout template.</source>
        <translation>{path} maket şablonu kimi oxuna bilmədi.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="389"/>
        <source>The template {path} has no map item with the id 'map'.</source>
        <translation>{path} şablonunda 'map' identifikatorlu xəritə elementi yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="471"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>PDF {path} yoluna yazıla bilmədi.</translation>
    </message>
    <message>
        <location filename="../workspace/report_layout.py" line="477"/>
        <source>The template could not be written to {path}.</source>
        <translation>Şablon {path} yoluna yazıla bilmədi.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="94"/>
        <source>The layer {layer} lacks the field(s) {fields}.</source>
        <translation>{layer} layında {fields} sahə(lər)i yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="103"/>
        <source>Sectors {fids} are not in the layer {layer}.</source>
        <translation>{fids} sektorları {layer} layında yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="124"/>
        <source>Mark {count} sector(s) {status}</source>
        <translation>{count} sektoru {status} kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="130"/>
        <source>Sector {fid} could not be changed.</source>
        <translation>{fid} sektorunu dəyişmək mümkün olmadı.</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="221"/>
        <source>The audit rows of {layer} could not be prepared: {error}</source>
        <translation>{layer} layı üçün dəyişiklik qeydlərini hazırlamaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location filename="../workspace/sector_edits.py" line="248"/>
        <source>No audit_log beside {layer}: {count} audit rows were not written.</source>
        <translation>{layer} layının yanında audit_log yoxdur: {count} dəyişiklik qeydi yazılmadı.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="81"/>
        <source>column {column} holds a NUL character (shown as ␀ in the raw text), which cannot be stored; remove it from the file</source>
        <translation>{column} sütununda NUL simvolu var (xam mətndə ␀ kimi göstərilir), onu saxlamaq olmur; onu fayldan silin</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="85"/>
        <source>column {column} holds {count} characters; at most {limit} are accepted</source>
        <translation>{column} sütununda {count} simvol var; ən çox {limit} qəbul edilir</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="91"/>
        <source>{count} values for {width} columns: a decimal comma without quotes, or a stray separator? Quote such values or use another separator</source>
        <translation>{width} sütun üçün {count} dəyər: dırnaqsız onluq vergül, yoxsa artıq ayırıcı? Belə dəyərləri dırnağa alın və ya başqa ayırıcı işlədin</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="143"/>
        <location filename="../workspace/sources.py" line="196"/>
        <source>{name} is empty</source>
        <translation>{name} boşdur</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="284"/>
        <source>{name} has no rows</source>
        <translation>{name} faylında sətir yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="323"/>
        <source>{name}: read the sheets {sheets} ({count} rows); row numbers are each sheet's own, the sheet is named in each row's raw text.</source>
        <translation>{name}: {sheets} vərəqləri oxundu ({count} sətir); sətir nömrələri hər vərəqin özününküdür, vərəqin adı hər sətrin xam mətnində göstərilir.</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="362"/>
        <source>{name} is not a file ClearGround can read</source>
        <translation>{name} ClearGround-un oxuya biləcəyi fayl deyil</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="366"/>
        <source>{name} has no features</source>
        <translation>{name} faylında obyekt yoxdur</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="435"/>
        <source>{name} keeps its fields in ExtendedData, which this GDAL ({version}) does not read: imported so, every field would be lost. Convert it to GeoPackage or GeoJSON (in QGIS or with ogr2ogr on a GDAL with LIBKML) and import that</source>
        <translation>{name} sahələrini ExtendedData-da saxlayır, bu GDAL ({version}) isə onu oxumur: belə idxal edilsə, bütün sahələr itərdi. Onu GeoPackage və ya GeoJSON-a çevirin (QGIS-də və ya LIBKML olan GDAL-da ogr2ogr ilə) və onu idxal edin</translation>
    </message>
    <message>
        <location filename="../workspace/sources.py" line="469"/>
        <source>column {column} is not {encoding} text</source>
        <translation>{column} sütunu {encoding} mətni deyil</translation>
    </message>
    <message>
        <location filename="../workspace/store.py" line="50"/>
        <source>Sector {sector} was changed since it was read (now version {version}); reload it and try again.</source>
        <translation>{sector} sektoru oxunandan sonra dəyişdirilib (indi versiya {version}); onu yenidən yükləyin və təkrar cəhd edin.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="101"/>
        <source>{name} is a schema v{version} workspace: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>{name} v{version} sxemli iş sahəsidir: onu bir dəfə ClearGround-da açın (bu, onu yeniləyir), sonra köçürün.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="127"/>
        <location filename="../workspace/transfer.py" line="372"/>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Köçürmə ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="141"/>
        <source>{name} was not copied into schema &quot;{schema}&quot; (nothing was written): {error}</source>
        <translation>{name} &quot;{schema}&quot; sxeminə köçürülmədi (heç nə yazılmadı): {error}</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="179"/>
        <source>A geometry in the GeoPackage is not in GeoPackage format.</source>
        <translation>GeoPackage-dəki həndəsələrdən biri GeoPackage formatında deyil.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="256"/>
        <location filename="../workspace/transfer.py" line="322"/>
        <source>The field {layer}.{field} has a type that cannot be copied ({type}).</source>
        <translation>{layer}.{field} sahəsinin tipi köçürülə bilmir ({type}).</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="285"/>
        <source>{path} already exists. Choose another name: ClearGround never overwrites a file.</source>
        <translation>{path} artıq mövcuddur. Başqa ad seçin: ClearGround heç vaxt faylın üzərinə yazmır.</translation>
    </message>
    <message>
        <location filename="../workspace/transfer.py" line="291"/>
        <source>The workspace in schema &quot;{schema}&quot; is schema v{version}: open it in ClearGround once (which upgrades it) and copy it then.</source>
        <translation>&quot;{schema}&quot; sxemindəki iş sahəsi v{version} sxemindədir: onu bir dəfə ClearGround-da açın (bu, onu yeniləyir), sonra köçürün.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="180"/>
        <source>There is no workspace layer named {name}; the layers are {layers}.</source>
        <translation>İş sahəsində {name} adlı lay yoxdur; laylar: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="185"/>
        <source>{layer}: no field named {names}; the fields are {fields}.</source>
        <translation>{layer}: {names} adlı sahə yoxdur; sahələr: {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="192"/>
        <source>{layer}: the columns differ in length ({lengths}).</source>
        <translation>{layer}: sütunların uzunluqları fərqlidir ({lengths}).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="201"/>
        <source>{layer}: the field {field} is required and no column was given.</source>
        <translation>{layer}: {field} sahəsi mütləq doldurulmalıdır, lakin onun üçün sütun verilməyib.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="231"/>
        <source>{layer} row {row} ({key} {value})</source>
        <translation>{layer}, sətir {row} ({key} {value})</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="233"/>
        <source>{layer} row {row}</source>
        <translation>{layer}, sətir {row}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="240"/>
        <source>{where}: {problem} ({count} rows in all).</source>
        <translation>{where}: {problem} (cəmi {count} sətir).</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="242"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="404"/>
        <source>{field} {value} is not an integer</source>
        <translation>{field} {value} tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="406"/>
        <source>{field} {value} is not a number</source>
        <translation>{field} {value} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="408"/>
        <source>{field} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field} {value} tarix deyil (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="410"/>
        <source>{field} {value} is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>{field} {value} tarix və vaxt deyil (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="412"/>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} mətn deyil</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="425"/>
        <source>{field} {value} is not one of {allowed}</source>
        <translation>{field} {value} bunlardan biri deyil: {allowed}</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="437"/>
        <source>{field} is empty; it is required</source>
        <translation>{field} sahəsi boşdur; bu sahə mütləq doldurulmalıdır</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="453"/>
        <source>{layer} rows {first} and {second} have the same {field} {value}; it must be unique.</source>
        <translation>{layer}, {first} və {second} sətirlərində {field} eynidir: {value}; o, unikal olmalıdır.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="462"/>
        <source>{layer} is a table without geometry; no geometries can be written to it.</source>
        <translation>{layer} həndəsəsiz cədvəldir; ona həndəsə yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="467"/>
        <source>{layer}: no geometries were given; the layer holds {geometry}s.</source>
        <translation>{layer}: həndəsələr verilməyib; layda {geometry} tipli obyektlər saxlanılır.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="472"/>
        <source>{layer} holds {geometry}s; coordinates make points only.</source>
        <translation>{layer} layında {geometry} tipli obyektlər saxlanılır; koordinatlardan yalnız nöqtələr yaranır.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="477"/>
        <location filename="../workspace/writer.py" line="482"/>
        <source>the geometry is missing or empty</source>
        <translation>həndəsə yoxdur və ya boşdur</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="489"/>
        <source>the geometry is a {found}; the layer holds {geometry}s</source>
        <translation>həndəsə {found} tiplidir; layda isə {geometry} tipli obyektlər saxlanılır</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="508"/>
        <source>the coordinates are not longitude/latitude; geometries must be in EPSG:4326</source>
        <translation>koordinatlar uzunluq/en dairəsi deyil; həndəsələr EPSG:4326 sistemində olmalıdır</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="550"/>
        <source>The workspace has no layer {layer}; nothing was written.</source>
        <translation>İş sahəsində {layer} layı yoxdur; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="597"/>
        <source>The workspace layer {layer} lacks the field {field}.</source>
        <translation>İş sahəsinin {layer} layında {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../workspace/writer.py" line="628"/>
        <source>{where} could not be written (failed to execute insert : {error}); nothing was written, the workspace is unchanged.</source>
        <translation>{where}: yazmaq mümkün olmadı (əlavəetmə əməliyyatı icra olunmadı: {error}); heç nə yazılmadı, iş sahəsi dəyişməz qaldı.</translation>
    </message>
    <message>
        <source>{id}: too few finds to fit it</source>
        <translation type="obsolete">{id}: uyğunlaşdırmaq üçün tapıntılar azdır</translation>
    </message>
    <message>
        <source>(no uuid)</source>
        <translation type="obsolete">(uuid yoxdur)</translation>
    </message>
    <message>
        <source>The find has no uuid; not merged.</source>
        <translation type="obsolete">Tapıntının uuid-i yoxdur; birləşdirilmədi.</translation>
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
        <translation type="obsolete">Mina sahəsi formulyarlarını (və onlarda qeyd olunmuş minaları) tapıntılar və sektorlarla müqayisə edir və uyğun gəlmədikləri yerləri qeyd edir:
- find_outside_records: bütün formulyarlardan PERIMETER_BUFFER metrdən uzaqda olan AP/AT tapıntıları, qruplara birləşdirilmiş (hər qrup üçün bir qeyd: minaların sayı observed sahəsində, tapıntı identifikatorları find_id sahəsində);
- missing_mines / surplus_mines: sahəsi ən azı MIN_CLEARED faiz təmizlənmiş formulyarlar üçün kateqoriyalar üzrə qeyd olunmuş və tapılmış minaların sayı (SECTORS lazımdır);
- type_mismatch: formulyarda göstərilməyən tapılmış kateqoriyalar və ya modellər;
- unmatched_recorded_mine: təmizlənmiş sektorda olan, TOLERANCE metr daxilində tapıntısı olmayan qeydə alınmış mina (formulyarın sürüşməsi müəyyən edilibsə, onu nəzərə aldıqdan sonra);
- systematic_offset: tapıntıları bir sürüşmə, döndərmə və miqyas dəyişməsindən sonra minaları ilə xeyli yaxşı üst-üstə düşən formulyar (dayanıqlı üsulla hesablanır); formulyarın raw mətnində traversa varsa, sovet bucaqölçən bölgülərinin NATO mil bölgüləri kimi oxunması (və əksinə), həmçinin səhv və ya nəzərə alınmamış maqnit meyli də yoxlanılır;
- post_clearance_find: sektoru azad edildikdən sonrakı tarixli tapıntı.

Bütün məsafələr metrlədir (verilənlərin mərkəzində köndələn Merkator proyeksiyası, bildirilən sürüşmələr üçün geodeziya üsulu). Tapıntılar qeyd olunmuş minalarla birə-bir, ən yaxından başlayaraq, eyni kateqoriya daxilində uyğunlaşdırılır. Başqa formulyarın minası üzərində (o formulyar çəkildiyi kimi) olan tapıntı həmin formulyarın sübutudur, bu formulyarı sürüşdürmək üçün səbəb deyil.

Əlavə parametrlər: SEARCH_RADIUS – axtarılan ən böyük formulyar sürüşməsi (susmaya görə 200 m); MAX_ROTATION (susmaya görə 12 dərəcə); DECLINATION – traversada göstərilmədikdə yoxlanılan maqnit meyli (susmaya görə şərqə 6 dərəcə).

Nəticələr: OUTPUT — qeydlər (uyğunsuzluqlar qatının sahələri), ciddilik və ölçüyə görə sıralanmış; OUTPUT_OFFSETS — yaxınlığında tapıntılar olan hər qeyd üçün bir sətir: qeydin mərkəzinin dx_m (şərqə) və dy_m (şimala), rotation_deg (mərkəz ətrafında saat əqrəbi istiqamətində), scale, rms_before_m, rms_after_m, matches və status: fitted, ambiguous (başqa çevirmə, runner_up_dx_m / runner_up_dy_m, sübutları təxminən eyni dərəcədə izah edir: bir tərəfdən təmizlənən cərgəli sahə tapıntılarına bir cərgə və ya bir mina addımı sürüşmə ilə də uyğun gəlir) və ya too_few_finds; confidence = 1 − ikincinin sübutu / ən yaxşının sübutu (sübut: izah olunan tapıntılar, çıxılmaqla sürüşdürülmüş qeydin içində izah olunmayan tapıntılar və heç nə tapılmayan təmizlənmiş əraziyə düşən minalar); fitted sayılmaq üçün ən yaxşı 3 fərqlə qalib gəlməlidir. clearground:correctrecord fitted olanları tətbiq edir. OUTPUT_LINKS (istəyə görə): hər uyğunlaşdırılmış tapıntıdan qeydin minanı qoyduğu yerə xətt. İstifadə oluna bilməyən sətirlər jurnalda obyekt identifikatoru və sahə ilə sadalanır.</translation>
    </message>
</context>
</TS>
