"""Build ctnet/data/countries.csv from the tables below (pycountry supplies ISO2 codes and official names).

Run ``python tools/build_countries.py`` (pycountry must be installed; ctnet itself never imports it).
The output is deterministic: running the tool again reproduces the committed file byte for byte.
``python tools/build_countries.py --check`` exits 1 when the committed file differs.
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from pathlib import Path

__all__ = ["HEADER", "build_rows", "fr_pt_demonyms", "fr_pt_forms", "main", "render"]

HEADER = [
    "iso3", "iso2", "name", "official_name", "government_name",
    "aliases", "government_aliases", "demonyms", "status", "bodies_under", "capitals",
]

#: The capital and the other cities releases are datelined in (English first, then French and Portuguese
#: forms): a dateline ("Beirut, 13 February 2020 –") names the release's country.
CAPITALS = {
    "AFG": "Kabul|Kaboul|Cabul",
    "AGO": "Luanda",
    "ALB": "Tirana",
    "AND": "Andorra la Vella",
    "ARE": "Abu Dhabi|Dubai|Abou Dhabi|Dubaï",
    "ARG": "Buenos Aires",
    "ARM": "Yerevan|Erevan",
    "ATG": "St. John's|Saint John's",
    "AUS": "Canberra|Sydney",
    "AUT": "Vienna|Vienne|Viena",
    "AZE": "Baku|Bakou",
    "BDI": "Gitega|Bujumbura",
    "BEL": "Brussels|Bruxelles|Bruxelas",
    "BEN": "Porto-Novo|Cotonou",
    "BFA": "Ouagadougou|Uagadugu|Bobo-Dioulasso",
    "BGD": "Dhaka|Dacca|Cox's Bazar",
    "BGR": "Sofia",
    "BHR": "Manama",
    "BHS": "Nassau",
    "BIH": "Sarajevo",
    "BLR": "Minsk",
    "BLZ": "Belmopan|Belize City",
    "BOL": "La Paz|Sucre",
    "BRA": "Brasília|Brasilia|Rio de Janeiro|São Paulo",
    "BRB": "Bridgetown",
    "BRN": "Bandar Seri Begawan",
    "BTN": "Thimphu",
    "BWA": "Gaborone",
    "CAF": "Bangui",
    "CAN": "Ottawa",
    "CHE": "Bern|Berne|Berna",
    "CHL": "Santiago",
    "CHN": "Beijing|Pékin|Pequim",
    "CIV": "Yamoussoukro|Abidjan",
    "CMR": "Yaoundé|Yaounde|Iaundé|Douala|Maroua",
    "COD": "Kinshasa|Goma|Lubumbashi|Bunia",
    "COG": "Brazzaville|Pointe-Noire",
    "COL": "Bogotá|Bogota",
    "COM": "Moroni",
    "CPV": "Praia",
    "CRI": "San José|San Jose",
    "CUB": "Havana|La Havane",
    "CYP": "Nicosia|Nicosie",
    "CZE": "Prague|Praga",
    "DEU": "Berlin|Berlim|Bonn",
    "DJI": "Djibouti",
    "DMA": "Roseau",
    "DNK": "Copenhagen|Copenhague|Copenhaga",
    "DOM": "Santo Domingo",
    "DZA": "Algiers|Alger|Argel",
    "ECU": "Quito",
    "EGY": "Cairo|Le Caire",
    "ERI": "Asmara",
    "ESP": "Madrid",
    "EST": "Tallinn",
    "ETH": "Addis Ababa|Addis-Abeba|Adis Abeba|Addis Abeba",
    "FIN": "Helsinki",
    "FJI": "Suva",
    "FRA": "Paris",
    "FSM": "Palikir",
    "GAB": "Libreville",
    "GBR": "London|Londres",
    "GEO": "Tbilisi",
    "GHA": "Accra",
    "GIN": "Conakry|Conacri",
    "GMB": "Banjul",
    "GNB": "Bissau",
    "GNQ": "Malabo",
    "GRC": "Athens|Athènes|Atenas",
    "GRD": "St. George's|Saint George's",
    "GTM": "Guatemala City",
    "GUY": "Georgetown",
    "HND": "Tegucigalpa",
    "HRV": "Zagreb",
    "HTI": "Port-au-Prince",
    "HUN": "Budapest",
    "IDN": "Jakarta|Djakarta|Bali",
    "IND": "New Delhi|Delhi|New-Delhi|Nova Deli",
    "IRL": "Dublin",
    "IRN": "Tehran|Téhéran|Teerão",
    "IRQ": "Baghdad|Bagdad|Bagdá|Erbil|Mosul|Basra",
    "ISL": "Reykjavik",
    "ISR": "Jerusalem|Tel Aviv",
    "ITA": "Rome|Roma|Turin",
    "JAM": "Kingston",
    "JOR": "Amman|Amã",
    "JPN": "Tokyo|Tokio|Tóquio",
    "KAZ": "Astana|Nur-Sultan|Almaty",
    "KEN": "Nairobi|Mombasa|Garissa",
    "KGZ": "Bishkek|Bichkek",
    "KHM": "Phnom Penh",
    "KIR": "Tarawa",
    "KNA": "Basseterre",
    "KOR": "Seoul|Séoul|Seul",
    "KWT": "Kuwait City",
    "LAO": "Vientiane",
    "LBN": "Beirut|Beyrouth",
    "LBR": "Monrovia",
    "LBY": "Tripoli|Benghazi",
    "LCA": "Castries",
    "LIE": "Vaduz",
    "LKA": "Colombo|Sri Jayawardenepura Kotte",
    "LSO": "Maseru",
    "LTU": "Vilnius",
    "LUX": "Luxembourg",
    "LVA": "Riga",
    "MAR": "Rabat|Casablanca|Marrakech|Marrakesh",
    "MCO": "Monaco",
    "MDA": "Chisinau|Chișinău",
    "MDG": "Antananarivo",
    "MDV": "Malé|Male",
    "MEX": "Mexico City|Mexico",
    "MHL": "Majuro",
    "MKD": "Skopje",
    "MLI": "Bamako|Mopti|Gao|Tombouctou|Timbuktu",
    "MLT": "Valletta",
    "MMR": "Naypyidaw|Nay Pyi Taw|Yangon",
    "MNE": "Podgorica",
    "MNG": "Ulaanbaatar|Oulan-Bator",
    "MOZ": "Maputo|Pemba|Beira|Nampula",
    "MRT": "Nouakchott|Nuakchott",
    "MUS": "Port Louis|Port-Louis",
    "MWI": "Lilongwe|Blantyre",
    "MYS": "Kuala Lumpur|Putrajaya",
    "NAM": "Windhoek",
    "NER": "Niamey|Agadez|Diffa|Tillabéri",
    "NGA": "Abuja|Lagos|Maiduguri",
    "NIC": "Managua",
    "NLD": "Amsterdam|The Hague|La Haye|Haia",
    "NOR": "Oslo",
    "NPL": "Kathmandu|Katmandou",
    "NRU": "Yaren",
    "NZL": "Wellington",
    "OMN": "Muscat|Mascate",
    "PAK": "Islamabad|Karachi|Lahore|Peshawar",
    "PAN": "Panama City",
    "PER": "Lima",
    "PHL": "Manila|Manille|Cotabato City|Marawi",
    "PLW": "Ngerulmud",
    "PNG": "Port Moresby",
    "POL": "Warsaw|Varsovie|Varsóvia",
    "PRK": "Pyongyang",
    "PRT": "Lisbon|Lisbonne|Lisboa",
    "PRY": "Asunción|Asuncion",
    "PSE": "Ramallah|Gaza",
    "QAT": "Doha",
    "ROU": "Bucharest|Bucarest",
    "RUS": "Moscow|Moscou|Moscovo",
    "RWA": "Kigali",
    "SAU": "Riyadh|Riyad|Riade|Jeddah",
    "SDN": "Khartoum|Cartum|Port Sudan",
    "SEN": "Dakar|Dacar",
    "SGP": "Singapore|Singapour",
    "SLB": "Honiara",
    "SLE": "Freetown",
    "SLV": "San Salvador",
    "SMR": "San Marino",
    "SOM": "Mogadishu|Mogadiscio|Mogadíscio|Garowe|Kismayo|Baidoa",
    "SRB": "Belgrade|Belgrado",
    "SSD": "Juba",
    "STP": "São Tomé|Sao Tome",
    "SUR": "Paramaribo",
    "SVK": "Bratislava",
    "SVN": "Ljubljana",
    "SWE": "Stockholm|Estocolmo",
    "SWZ": "Mbabane|Lobamba",
    "SYC": "Victoria",
    "SYR": "Damascus|Damas|Damasco",
    "TCD": "N'Djamena|N'Djaména|Ndjamena",
    "TGO": "Lomé|Lome",
    "THA": "Bangkok|Banguecoque",
    "TJK": "Dushanbe|Douchanbé",
    "TKM": "Ashgabat|Achgabat",
    "TLS": "Dili|Díli",
    "TON": "Nuku'alofa",
    "TTO": "Port of Spain|Port-of-Spain",
    "TUN": "Tunis",
    "TUR": "Ankara|Istanbul",
    "TUV": "Funafuti",
    "TWN": "Taipei",
    "TZA": "Dodoma|Dar es Salaam|Zanzibar",
    "UGA": "Kampala|Entebbe",
    "UKR": "Kyiv|Kiev",
    "URY": "Montevideo",
    "USA": "Washington|Washington, D.C.|Washington D.C.",
    "UZB": "Tashkent|Tachkent",
    "VAT": "Vatican City",
    "VCT": "Kingstown",
    "VEN": "Caracas",
    "VNM": "Hanoi|Hanói",
    "VUT": "Port Vila",
    "WSM": "Apia",
    "XKX": "Pristina|Prishtina",
    "XSL": "Hargeisa|Hargeysa",
    "YEM": "Sana'a|Sanaa|Aden",
    "ZAF": "Pretoria|Cape Town|Johannesburg|Durban|Tshwane",
    "ZMB": "Lusaka",
    "ZWE": "Harare",
}

#: States whose bodies the guideline files under another state's code (GUIDELINES §3: "Somaliland and
#: Puntland bodies use SOM"); the government itself keeps its own code.
BODIES_UNDER = {"XSL": "SOM"}

OUT = Path(__file__).resolve().parent.parent / "ctnet" / "data" / "countries.csv"

# iso3;status;name;official name ('' = pycountry's);English demonyms;aliases (place forms: EN/FR/PT);
# status: m = UN member, o = observer, x = other. French and Portuguese demonyms are in DEMONYMS_FR_PT.
TABLE = """
AFG;m;Afghanistan;;Afghan|Afghans;Afeganistão
ALB;m;Albania;;Albanian|Albanians;Albanie|Albânia
DZA;m;Algeria;;Algerian|Algerians;Algérie|Argélia|People's Democratic Republic of Algeria
AND;m;Andorra;;Andorran|Andorrans;Andorre
AGO;m;Angola;;Angolan|Angolans;República de Angola
ATG;m;Antigua and Barbuda;Antigua and Barbuda;Antiguan|Barbudan;Antigua-et-Barbuda
ARG;m;Argentina;;Argentine|Argentinian|Argentinians;Argentine Republic|Argentine|República Argentina
ARM;m;Armenia;;Armenian|Armenians;Arménie|Armênia
AUS;m;Australia;Commonwealth of Australia;Australian|Australians;Australie|Austrália
AUT;m;Austria;;Austrian|Austrians;Autriche|Áustria
AZE;m;Azerbaijan;;Azerbaijani|Azerbaijanis;Azerbaïdjan|Azerbaijão
BHS;m;Bahamas;;Bahamian|Bahamians;The Bahamas
BHR;m;Bahrain;;Bahraini|Bahrainis;Bahreïn|Barém|Kingdom of Bahrain|Royaume de Bahreïn|Reino do Barém
BGD;m;Bangladesh;;Bangladeshi|Bangladeshis;
BRB;m;Barbados;Barbados;Barbadian|Barbadians;Barbade
BLR;m;Belarus;;Belarusian|Belarusians;Biélorussie|Bielorrússia
BEL;m;Belgium;;Belgian|Belgians;Belgique|Bélgica|Kingdom of Belgium|Royaume de Belgique|Reino da Bélgica
BLZ;m;Belize;Belize;Belizean|Belizeans;
BEN;m;Benin;;Beninese;Bénin|República do Benim|Benim|République du Bénin
BTN;m;Bhutan;;Bhutanese;Bhoutan|Butão
BOL;m;Bolivia;Plurinational State of Bolivia;Bolivian|Bolivians;Bolivie|Bolívia
BIH;m;Bosnia and Herzegovina;Bosnia and Herzegovina;Bosnian|Bosnians|Herzegovinian;Bosnie-Herzégovine|Bósnia e Herzegovina|Bosnia-Herzegovina
BWA;m;Botswana;;Motswana|Batswana|Botswanan;
BRA;m;Brazil;;Brazilian|Brazilians;Brésil|Brasil|República Federativa do Brasil
BRN;m;Brunei;Nation of Brunei, the Abode of Peace;Bruneian|Bruneians;Brunei Darussalam
BGR;m;Bulgaria;;Bulgarian|Bulgarians;Bulgarie|Bulgária
BFA;m;Burkina Faso;Burkina Faso;Burkinabe|Burkinabè|Burkinabé;Burkina
BDI;m;Burundi;;Burundian|Burundians;République du Burundi
CPV;m;Cabo Verde;;Cabo Verdean|Cape Verdean|Cape Verdeans;Cape Verde|Cap-Vert|República de Cabo Verde
KHM;m;Cambodia;;Cambodian|Cambodians;Cambodge|Camboja
CMR;m;Cameroon;;Cameroonian|Cameroonians;Cameroun|Camarões|République du Cameroun
CAN;m;Canada;Canada;Canadian|Canadians;Canadá
CAF;m;Central African Republic;Central African Republic;Central African|Central Africans;CAR|République centrafricaine|Centrafrique|República Centro-Africana
TCD;m;Chad;;Chadian|Chadians;Tchad|Chade|République du Tchad
CHL;m;Chile;;Chilean|Chileans;Chili
CHN;m;China;;Chinese;Chine|PRC
COL;m;Colombia;;Colombian|Colombians;Colombie|Colômbia
COM;m;Comoros;;Comorian|Comorians;Comores|Union des Comores
COG;m;Republic of the Congo;Republic of the Congo;Congolese;Congo|Congo-Brazzaville|République du Congo|República do Congo|Congo Brazzaville
CRI;m;Costa Rica;;Costa Rican|Costa Ricans;
CIV;m;Côte d'Ivoire;;Ivorian|Ivorians;Côte d’Ivoire|Cote d'Ivoire|Cote d’Ivoire|Ivory Coast|Costa do Marfim|République de Côte d'Ivoire|République de Côte d’Ivoire
HRV;m;Croatia;;Croatian|Croatians|Croat|Croats;Croatie|Croácia
CUB;m;Cuba;;Cuban|Cubans;
CYP;m;Cyprus;;Cypriot|Cypriots;Chypre|Chipre
CZE;m;Czechia;;Czech|Czechs;Czech Republic|Tchéquie|République tchèque|Chéquia|República Checa
PRK;m;North Korea;Democratic People's Republic of Korea;North Korean|North Koreans;DPRK|Corée du Nord|Coreia do Norte
COD;m;Democratic Republic of the Congo;Democratic Republic of the Congo;Congolese;DRC|DR Congo|D.R. Congo|RDC|RD Congo|Democratic Republic of Congo|Congo-Kinshasa|République démocratique du Congo|República Democrática do Congo
DNK;m;Denmark;;Danish|Dane|Danes;Danemark|Dinamarca|Kingdom of Denmark|Royaume du Danemark|Reino da Dinamarca
DJI;m;Djibouti;;Djiboutian|Djiboutians;République de Djibouti|Jibuti
DMA;m;Dominica;;Dominican|Dominicans;
DOM;m;Dominican Republic;Dominican Republic;Dominican|Dominicans;République dominicaine|República Dominicana
ECU;m;Ecuador;;Ecuadorian|Ecuadorians;Équateur|Equador
EGY;m;Egypt;;Egyptian|Egyptians;Égypte|Egypte|Egito
SLV;m;El Salvador;;Salvadoran|Salvadorans|Salvadorian;
GNQ;m;Equatorial Guinea;;Equatorial Guinean|Equatoguinean|Equatoguineans;Guinée équatoriale|Guiné Equatorial
ERI;m;Eritrea;State of Eritrea;Eritrean|Eritreans;Érythrée|Erythrée|Eritreia
EST;m;Estonia;;Estonian|Estonians;Estonie|Estónia|Estônia
SWZ;m;Eswatini;;Swazi|Swazis|Liswati|Emaswati;Swaziland|Kingdom of Swaziland|Essuatíni
ETH;m;Ethiopia;;Ethiopian|Ethiopians;Éthiopie|Ethiopie|Etiópia
FJI;m;Fiji;;Fijian|Fijians;Fidji
FIN;m;Finland;;Finnish|Finn|Finns;Finlande|Finlândia
FRA;m;France;;French;French Republic|République française|República Francesa|França
GAB;m;Gabon;;Gabonese;République gabonaise|Gabão
GMB;m;Gambia;;Gambian|Gambians;The Gambia|Gambie|Gâmbia
GEO;m;Georgia;Georgia;Georgian|Georgians;Géorgie|Geórgia
DEU;m;Germany;;German|Germans;Federal Republic of Germany|Allemagne|République fédérale d'Allemagne|Alemanha|República Federal da Alemanha|Deutschland
GHA;m;Ghana;;Ghanaian|Ghanaians;Gana
GRC;m;Greece;;Greek|Greeks;Grèce|Grécia
GRD;m;Grenada;Grenada;Grenadian|Grenadians;
GTM;m;Guatemala;;Guatemalan|Guatemalans;
GIN;m;Guinea;;Guinean|Guineans;Guinée|Guiné|Guinea-Conakry|Guinée-Conakry|République de Guinée|Guinea Conakry
GNB;m;Guinea-Bissau;;Bissau-Guinean|Bissau-Guineans;Guinée-Bissau|Guiné-Bissau|Guinea Bissau|República da Guiné-Bissau
GUY;m;Guyana;;Guyanese;
HTI;m;Haiti;;Haitian|Haitians;Haïti|Haiti
HND;m;Honduras;;Honduran|Hondurans;
HUN;m;Hungary;Hungary;Hungarian|Hungarians;Hongrie|Hungria
ISL;m;Iceland;;Icelandic|Icelander|Icelanders;Islande|Islândia
IND;m;India;;Indian|Indians;Inde|Índia
IDN;m;Indonesia;;Indonesian|Indonesians;Indonésie|Indonésia
IRN;m;Iran;Islamic Republic of Iran;Iranian|Iranians;Iran (Islamic Republic of)|Irã|Irão
IRQ;m;Iraq;;Iraqi|Iraqis;Irak|Iraque
IRL;m;Ireland;Ireland;Irish;Republic of Ireland|Irlande|Irlanda|Éire
ISR;m;Israel;;Israeli|Israelis;Israël
ITA;m;Italy;;Italian|Italians;Italie|Itália|Italian Republic
JAM;m;Jamaica;Jamaica;Jamaican|Jamaicans;Jamaïque
JPN;m;Japan;Japan;Japanese;Japon|Japão
JOR;m;Jordan;;Jordanian|Jordanians;Jordanie|Jordânia|Hashemite Kingdom of Jordan|Royaume hachémite de Jordanie
KAZ;m;Kazakhstan;;Kazakh|Kazakhs|Kazakhstani;Kazakhstão|Cazaquistão
KEN;m;Kenya;;Kenyan|Kenyans;Quénia|Quênia
KIR;m;Kiribati;;I-Kiribati;
KWT;m;Kuwait;;Kuwaiti|Kuwaitis;Koweït|Kuwait|State of Kuwait|État du Koweït|Estado do Kuwait
KGZ;m;Kyrgyzstan;;Kyrgyz|Kyrgyzstani;Kyrgyz Republic|Kirghizistan|Quirguistão
LAO;m;Laos;Lao People's Democratic Republic;Lao|Laotian|Laotians;Lao PDR
LVA;m;Latvia;;Latvian|Latvians;Lettonie|Letónia|Letônia
LBN;m;Lebanon;;Lebanese;Liban|Líbano
LSO;m;Lesotho;;Basotho|Mosotho;
LBR;m;Liberia;;Liberian|Liberians;Libéria|Libéria
LBY;m;Libya;State of Libya;Libyan|Libyans;Libye|Líbia
LIE;m;Liechtenstein;;Liechtensteiner|Liechtensteiners;
LTU;m;Lithuania;;Lithuanian|Lithuanians;Lituanie|Lituânia
LUX;m;Luxembourg;;Luxembourgish|Luxembourger|Luxembourgers;Grand Duchy of Luxembourg|Grand-Duché de Luxembourg|Luxemburgo
MDG;m;Madagascar;;Malagasy;République de Madagascar|Madagáscar
MWI;m;Malawi;;Malawian|Malawians;Malaui
MYS;m;Malaysia;Malaysia;Malaysian|Malaysians;Malaisie|Malásia
MDV;m;Maldives;;Maldivian|Maldivians;
MLI;m;Mali;;Malian|Malians;République du Mali|Mali (Republic of)
MLT;m;Malta;;Maltese;Malte
MHL;m;Marshall Islands;;Marshallese;Îles Marshall
MRT;m;Mauritania;;Mauritanian|Mauritanians;Mauritanie|Mauritânia|République islamique de Mauritanie
MUS;m;Mauritius;;Mauritian|Mauritians;Île Maurice|Maurícia
MEX;m;Mexico;;Mexican|Mexicans;Mexique|México
FSM;m;Micronesia;Federated States of Micronesia;Micronesian|Micronesians;Federated States of Micronesia
MCO;m;Monaco;;Monegasque|Monégasque;Mónaco
MNG;m;Mongolia;Mongolia;Mongolian|Mongolians;Mongolie|Mongólia
MNE;m;Montenegro;Montenegro;Montenegrin|Montenegrins;Monténégro
MAR;m;Morocco;;Moroccan|Moroccans;Maroc|Marrocos|Royaume du Maroc|Kingdom of Morocco|Reino de Marrocos
MOZ;m;Mozambique;;Mozambican|Mozambicans;Moçambique|República de Moçambique|République du Mozambique
MMR;m;Myanmar;Republic of the Union of Myanmar;Myanmar|Burmese;Burma
NAM;m;Namibia;;Namibian|Namibians;Namibie|Namíbia
NRU;m;Nauru;;Nauruan|Nauruans;
NPL;m;Nepal;;Nepalese|Nepali;Népal
NLD;m;Netherlands;;Dutch;The Netherlands|Holland|Pays-Bas|Países Baixos|Holanda|Nederland|Royaume des Pays-Bas|Reino dos Países Baixos
NZL;m;New Zealand;New Zealand;New Zealander|New Zealanders;Nouvelle-Zélande|Nova Zelândia
NIC;m;Nicaragua;;Nicaraguan|Nicaraguans;
NER;m;Niger;Republic of the Niger;Nigerien|Nigeriens;République du Niger|Republic of Niger|Níger
NGA;m;Nigeria;;Nigerian|Nigerians;Nigéria|Federal Republic of Nigeria
MKD;m;North Macedonia;;North Macedonian|Macedonian|Macedonians;Macédoine du Nord|Macedónia do Norte|Macedônia do Norte|Macedonia|Republic of Macedonia|former Yugoslav Republic of Macedonia|FYROM
NOR;m;Norway;;Norwegian|Norwegians;Norvège|Noruega|Kingdom of Norway|Royaume de Norvège|Reino da Noruega
OMN;m;Oman;;Omani|Omanis;Omã|Sultanate of Oman|Sultanat d'Oman|Sultanato de Omã
PAK;m;Pakistan;;Pakistani|Pakistanis;Paquistão
PLW;m;Palau;;Palauan;
PAN;m;Panama;;Panamanian|Panamanians;Panamá
PNG;m;Papua New Guinea;;Papua New Guinean|Papua New Guineans;Papouasie-Nouvelle-Guinée
PRY;m;Paraguay;;Paraguayan|Paraguayans;Paraguai
PER;m;Peru;;Peruvian|Peruvians;Pérou
PHL;m;Philippines;;Filipino|Filipinos|Philippine;The Philippines|Filipinas
POL;m;Poland;;Polish;Pologne|Polónia|Polônia
PRT;m;Portugal;;Portuguese;Portuguese Republic|República Portuguesa
QAT;m;Qatar;;Qatari|Qataris;Catar|État du Qatar|Estado do Catar|Estado do Qatar
KOR;m;South Korea;Republic of Korea;South Korean|South Koreans|Korean;Corée du Sud|Coreia do Sul|ROK
MDA;m;Moldova;Republic of Moldova;Moldovan|Moldovans;Moldavie|Moldávia
ROU;m;Romania;Romania;Romanian|Romanians;Roumanie|Roménia|Romênia
RUS;m;Russia;Russian Federation;Russian|Russians;Russie|Rússia|Fédération de Russie|Federação Russa
RWA;m;Rwanda;Republic of Rwanda;Rwandan|Rwandans;Ruanda|République du Rwanda
KNA;m;Saint Kitts and Nevis;Federation of Saint Kitts and Nevis;Kittitian|Nevisian;Saint-Christophe-et-Niévès
LCA;m;Saint Lucia;Saint Lucia;Saint Lucian|Saint Lucians;Sainte-Lucie
VCT;m;Saint Vincent and the Grenadines;Saint Vincent and the Grenadines;Vincentian|Vincentians;Saint-Vincent-et-les-Grenadines
WSM;m;Samoa;;Samoan|Samoans;
SMR;m;San Marino;;Sammarinese;Saint-Marin
STP;m;Sao Tome and Principe;;Santomean|Santomeans;São Tomé and Príncipe|São Tomé e Príncipe|Sao Tome|Sao Tomé-et-Principe|São Tomé-et-Principe
SAU;m;Saudi Arabia;;Saudi|Saudis|Saudi Arabian;Arabie saoudite|Arábia Saudita|KSA|Kingdom of Saudi Arabia|Royaume d'Arabie saoudite|Reino da Arábia Saudita
SEN;m;Senegal;;Senegalese;Sénégal|Senegal|République du Sénégal
SRB;m;Serbia;;Serbian|Serbians|Serb|Serbs;Serbie|Sérvia
SYC;m;Seychelles;;Seychellois;République des Seychelles
SLE;m;Sierra Leone;;Sierra Leonean|Sierra Leoneans;Serra Leoa
SGP;m;Singapore;;Singaporean|Singaporeans;Singapour|Singapura
SVK;m;Slovakia;;Slovak|Slovaks|Slovakian;Slovaquie|Eslováquia|Slovak Republic
SVN;m;Slovenia;;Slovenian|Slovenians|Slovene;Slovénie|Eslovénia|Eslovênia
SLB;m;Solomon Islands;Solomon Islands;Solomon Islander|Solomon Islanders;Îles Salomon
SOM;m;Somalia;;Somali|Somalis;Somalie|Somália
ZAF;m;South Africa;;South African|South Africans;Afrique du Sud|África do Sul|RSA
SSD;m;South Sudan;;South Sudanese;Soudan du Sud|Sudão do Sul
ESP;m;Spain;;Spanish|Spaniard|Spaniards;Espagne|Espanha|España|Kingdom of Spain|Royaume d'Espagne|Reino de Espanha
LKA;m;Sri Lanka;;Sri Lankan|Sri Lankans;
SDN;m;Sudan;;Sudanese;The Sudan|Soudan|Sudão
SUR;m;Suriname;;Surinamese;Surinam
SWE;m;Sweden;;Swedish|Swede|Swedes;Suède|Suécia|Sverige|Kingdom of Sweden|Royaume de Suède|Reino da Suécia
CHE;m;Switzerland;;Swiss;Swiss Confederation|Suisse|Suíça|Confédération suisse|Confederação Suíça|Schweiz
SYR;m;Syria;Syrian Arab Republic;Syrian|Syrians;Syrie|Síria
TJK;m;Tajikistan;;Tajik|Tajiks|Tajikistani;Tadjikistan|Tajiquistão
THA;m;Thailand;;Thai;Thaïlande|Tailândia
TLS;m;Timor-Leste;;Timorese;East Timor|Timor Leste
TGO;m;Togo;;Togolese;République togolaise|Togolese Republic
TON;m;Tonga;;Tongan|Tongans;
TTO;m;Trinidad and Tobago;;Trinidadian|Tobagonian|Trinidadians;Trinité-et-Tobago
TUN;m;Tunisia;;Tunisian|Tunisians;Tunisie|Tunísia
TUR;m;Türkiye;;Turkish|Turk|Turks;Turkey|Turquie|Turquia|Republic of Turkey|Turkiye
TKM;m;Turkmenistan;;Turkmen|Turkmens;Turkménistan|Turquemenistão
TUV;m;Tuvalu;;Tuvaluan|Tuvaluans;
UGA;m;Uganda;;Ugandan|Ugandans;Ouganda|Uganda (Republic of)
UKR;m;Ukraine;;Ukrainian|Ukrainians;Ucrânia
ARE;m;United Arab Emirates;United Arab Emirates;Emirati|Emiratis;UAE|U.A.E.|Émirats arabes unis|Emirados Árabes Unidos
GBR;m;United Kingdom;;British|Briton|Britons;UK|U.K.|Great Britain|Britain|United Kingdom of Great Britain and Northern Ireland|Royaume-Uni|Reino Unido
TZA;m;Tanzania;United Republic of Tanzania;Tanzanian|Tanzanians;Tanzanie|Tanzânia|République-Unie de Tanzanie
USA;m;United States;United States of America;American|Americans;USA|U.S.A.|U.S.|United States of America|Etats-Unis|États-Unis|Estados Unidos|Estados Unidos da América|Etats-Unis d'Amérique|États-Unis d'Amérique
URY;m;Uruguay;;Uruguayan|Uruguayans;Uruguai
UZB;m;Uzbekistan;;Uzbek|Uzbeks|Uzbekistani;Ouzbékistan|Usbequistão
VUT;m;Vanuatu;;Ni-Vanuatu;
VEN;m;Venezuela;Bolivarian Republic of Venezuela;Venezuelan|Venezuelans;Venezuela (Bolivarian Republic of)
VNM;m;Vietnam;Socialist Republic of Viet Nam;Vietnamese;Viet Nam|Viêt Nam|Vietname
YEM;m;Yemen;;Yemeni|Yemenis;Yémen|Iémen|Iêmen
ZMB;m;Zambia;;Zambian|Zambians;Zambie|Zâmbia
ZWE;m;Zimbabwe;;Zimbabwean|Zimbabweans;Zimbabué
VAT;o;Holy See;Holy See;Vatican;Vatican City|Saint-Siège|Santa Sé
PSE;o;State of Palestine;State of Palestine;Palestinian|Palestinians;Palestine|État de Palestine|Palestina|Estado da Palestina
XKX;x;Kosovo;Republic of Kosovo;Kosovar|Kosovars|Kosovan;Kosova
TWN;x;Taiwan;Republic of China (Taiwan);Taiwanese;Chinese Taipei|Taïwan|Taiwan Province of China
XSL;x;Somaliland;Republic of Somaliland;Somalilander|Somalilanders;Somaliland Republic
"""

#: Demonyms without a plural form.
INVARIABLE = {"burkinabè", "burkinabé"}

#: French and Portuguese demonyms, lower-case: masculine and feminine singular (iso3;French;Portuguese).
#: The loader (``ctnet.actors.gazetteer``) reads each lower-case form also with a plural ``s``; the
#: tool adds the plurals that rule misses (Portuguese ``-ês`` -> ``-eses``; a form equal to one of the
#: country's place names or English demonyms, such as ``suíça`` or ``slovène``); irregular plurals
#: are listed (``alemães``, ``letões``, ``mongóis``).
#: Left out on purpose: forms two countries share (French ``guinéen`` for Guinea, Guinea-Bissau and
#: Equatorial Guinea, Portuguese ``guineense`` and ``congolês``; French ``congolais`` stays in both
#: Congos and is left ambiguous by the loader), forms that are also common words or other names
#: (Portuguese ``checa``, a verb form, and ``checo``; ``macedónia``; ``malaio``; ``israelita``;
#: ``bengali``, ``cingalês``) and
#: forms whose standard spelling is uncertain.
DEMONYMS_FR_PT = """
AFG;afghan|afghane;afegão|afegã
AGO;angolais|angolaise;angolano|angolana
ALB;albanais|albanaise;albanês|albanesa
AND;andorran|andorrane;andorrano|andorrana
ARE;émirien|émirienne|émirati|émiratie;emiradense|emiratense
ARG;argentin|argentine;argentino|argentina
ARM;arménien|arménienne;arménio|arménia|armênio|armênia
AUS;australien|australienne;australiano|australiana
AUT;autrichien|autrichienne;austríaco|austríaca
AZE;azerbaïdjanais|azerbaïdjanaise;azerbaijano|azerbaijana|azerbaijanês|azerbaijanesa
BDI;burundais|burundaise;burundiano|burundiana
BEL;belge;belga
BEN;béninois|béninoise;beninense
BFA;burkinabè|burkinabé;
BGD;bangladais|bangladaise;bangladechiano|bangladechiana
BGR;bulgare;búlgaro|búlgara
BHR;bahreïnien|bahreïnienne;bareinita
BIH;bosnien|bosnienne;bósnio|bósnia
BLR;biélorusse;bielorrusso|bielorrussa
BLZ;bélizien|bélizienne;belizenho|belizenha
BOL;bolivien|bolivienne;boliviano|boliviana
BRA;brésilien|brésilienne;brasileiro|brasileira
BRB;barbadien|barbadienne;
BRN;brunéien|brunéienne;
BTN;bhoutanais|bhoutanaise;butanês|butanesa
BWA;botswanais|botswanaise;botsuano|botsuana
CAF;centrafricain|centrafricaine;centro-africano|centro-africana
CAN;canadien|canadienne;canadiano|canadiana|canadense
CHE;suisse;suíço|suíça
CHL;chilien|chilienne;chileno|chilena
CHN;chinois|chinoise;chinês|chinesa
CIV;ivoirien|ivoirienne;marfinense|costa-marfinense
CMR;camerounais|camerounaise;camaronês|camaronesa
COD;congolais|congolaise;
COG;congolais|congolaise;
COL;colombien|colombienne;colombiano|colombiana
COM;comorien|comorienne;comorense
CPV;cap-verdien|cap-verdienne;cabo-verdiano|cabo-verdiana
CRI;costaricien|costaricienne|costaricain|costaricaine;costarriquenho|costarriquenha
CUB;cubain|cubaine;cubano|cubana
CYP;chypriote|cypriote;cipriota
CZE;tchèque;tcheco|tcheca
DEU;allemand|allemande;alemão|alemã|alemães
DJI;djiboutien|djiboutienne;djibutiano|djibutiana|jibutiano|jibutiana
DMA;dominiquais|dominiquaise;
DNK;danois|danoise;dinamarquês|dinamarquesa
DOM;dominicain|dominicaine;dominicano|dominicana
DZA;algérien|algérienne;argelino|argelina
ECU;équatorien|équatorienne;equatoriano|equatoriana
EGY;égyptien|égyptienne;egípcio|egípcia
ERI;érythréen|érythréenne;eritreu|eritreia
ESP;espagnol|espagnole;espanhol|espanhola
EST;estonien|estonienne;estónio|estónia|estônio|estônia|estoniano|estoniana
ETH;éthiopien|éthiopienne;etíope
FIN;finlandais|finlandaise;finlandês|finlandesa
FJI;fidjien|fidjienne;fijiano|fijiana
FRA;français|française;francês|francesa
FSM;micronésien|micronésienne;
GAB;gabonais|gabonaise;gabonês|gabonesa
GBR;britannique;britânico|britânica
GEO;géorgien|géorgienne;georgiano|georgiana
GHA;ghanéen|ghanéenne;ganês|ganesa|ganense
GMB;gambien|gambienne;gambiano|gambiana
GNB;bissau-guinéen|bissau-guinéenne;bissau-guineense
GNQ;équato-guinéen|équato-guinéenne;equato-guineense
GRC;grec|grecque;grego|grega
GRD;grenadien|grenadienne;
GTM;guatémaltèque;guatemalteco|guatemalteca
GUY;guyanien|guyanienne;
HND;hondurien|hondurienne;hondurenho|hondurenha
HRV;croate;croata
HTI;haïtien|haïtienne;haitiano|haitiana
HUN;hongrois|hongroise;húngaro|húngara
IDN;indonésien|indonésienne;indonésio|indonésia
IND;indien|indienne;indiano
IRL;irlandais|irlandaise;irlandês|irlandesa
IRN;iranien|iranienne;iraniano|iraniana
IRQ;irakien|irakienne|iraquien|iraquienne;iraquiano|iraquiana
ISL;islandais|islandaise;islandês|islandesa
ISR;israélien|israélienne;israelense|israeliano|israeliana
ITA;italien|italienne;italiano|italiana
JAM;jamaïcain|jamaïcaine|jamaïquain|jamaïquaine;jamaicano|jamaicana
JOR;jordanien|jordanienne;jordano|jordana|jordaniano|jordaniana
JPN;japonais|japonaise;japonês|japonesa
KAZ;kazakh|kazakhe|kazakhstanais|kazakhstanaise;cazaque
KEN;kényan|kényane;queniano|queniana
KGZ;kirghiz|kirghize;quirguiz|quirguizes
KHM;cambodgien|cambodgienne;cambojano|cambojana
KOR;coréen|coréenne|sud-coréen|sud-coréenne;coreano|coreana|sul-coreano|sul-coreana
KWT;koweïtien|koweïtienne;kuwaitiano|kuwaitiana
LAO;laotien|laotienne;laosiano|laosiana
LBN;libanais|libanaise;libanês|libanesa
LBR;libérien|libérienne;liberiano|liberiana
LBY;libyen|libyenne;líbio|líbia
LCA;saint-lucien|saint-lucienne;
LIE;liechtensteinois|liechtensteinoise;
LKA;sri-lankais|sri-lankaise;
LTU;lituanien|lituanienne;lituano|lituana
LUX;luxembourgeois|luxembourgeoise;luxemburguês|luxemburguesa
LVA;letton|lettonne|lettone;letão|letã|letões
MAR;marocain|marocaine;marroquino|marroquina
MCO;monégasque;monegasco|monegasca
MDA;moldave;moldavo|moldava
MDG;malgache;malgaxe
MDV;maldivien|maldivienne;maldivo|maldiva
MEX;mexicain|mexicaine;mexicano|mexicana
MHL;marshallais|marshallaise;
MKD;macédonien|macédonienne|nord-macédonien|nord-macédonienne;macedónio|macedônio
MLI;malien|malienne;maliano|maliana
MLT;maltais|maltaise;maltês|maltesa
MMR;birman|birmane;birmanês|birmanesa
MNE;monténégrin|monténégrine;montenegrino|montenegrina
MNG;mongol|mongole;mongol|mongóis
MOZ;mozambicain|mozambicaine;moçambicano|moçambicana
MRT;mauritanien|mauritanienne;mauritano|mauritana
MUS;mauricien|mauricienne;mauriciano|mauriciana
MWI;malawien|malawienne|malawite;malawiano|malawiana|malauiano|malauiana
MYS;malaisien|malaisienne;
NAM;namibien|namibienne;namibiano|namibiana
NER;nigérien|nigérienne;nigerino|nigerina
NGA;nigérian|nigériane;nigeriano|nigeriana
NIC;nicaraguayen|nicaraguayenne;nicaraguense
NLD;néerlandais|néerlandaise|hollandais|hollandaise;neerlandês|neerlandesa|holandês|holandesa
NOR;norvégien|norvégienne;norueguês|norueguesa
NPL;népalais|népalaise;nepalês|nepalesa
NZL;néo-zélandais|néo-zélandaise;neozelandês|neozelandesa|neo-zelandês|neo-zelandesa
OMN;omanais|omanaise;omanense
PAK;pakistanais|pakistanaise;paquistanês|paquistanesa
PAN;panaméen|panaméenne;panamenho|panamenha
PER;péruvien|péruvienne;peruano|peruana
PHL;philippin|philippine;filipino|filipina
PNG;papouan-néo-guinéen|papouane-néo-guinéenne;
POL;polonais|polonaise;polaco|polaca|polonês|polonesa
PRK;nord-coréen|nord-coréenne;norte-coreano|norte-coreana
PRT;portugais|portugaise;português|portuguesa
PRY;paraguayen|paraguayenne;paraguaio|paraguaia
PSE;palestinien|palestinienne;palestiniano|palestiniana|palestino|palestina
QAT;qatarien|qatarienne;catariano|catariana|catarense
ROU;roumain|roumaine;romeno|romena
RUS;russe;russo|russa
RWA;rwandais|rwandaise;ruandês|ruandesa
SAU;saoudien|saoudienne;saudita
SDN;soudanais|soudanaise;sudanês|sudanesa
SEN;sénégalais|sénégalaise;senegalês|senegalesa
SGP;singapourien|singapourienne;singapurense
SLB;salomonais|salomonaise;
SLE;sierra-léonais|sierra-léonaise;serra-leonês|serra-leonesa
SLV;salvadorien|salvadorienne;salvadorenho|salvadorenha
SMR;saint-marinais|saint-marinaise;são-marinense
SOM;somalien|somalienne;somaliano|somaliana
SRB;serbe;sérvio|sérvia
SSD;sud-soudanais|sud-soudanaise;sul-sudanês|sul-sudanesa
STP;santoméen|santoméenne;são-tomense|santomense
SUR;surinamais|surinamaise;surinamês|surinamesa|surinamense
SVK;slovaque;eslovaco|eslovaca
SVN;slovène;esloveno|eslovena
SWE;suédois|suédoise;sueco|sueca
SWZ;swazi|swazie;suazi|suazilandês|suazilandesa
SYC;seychellois|seychelloise;seichelense
SYR;syrien|syrienne;sírio|síria
TCD;tchadien|tchadienne;chadiano|chadiana
TGO;togolais|togolaise;togolês|togolesa
THA;thaïlandais|thaïlandaise;tailandês|tailandesa
TJK;tadjik|tadjike;tajique
TKM;turkmène;turcomeno|turcomena
TLS;timorais|timoraise|est-timorais|est-timoraise;timorense
TTO;trinidadien|trinidadienne;
TUN;tunisien|tunisienne;tunisino|tunisina|tunisiano|tunisiana
TUR;turc|turque;turco|turca
TWN;taïwanais|taïwanaise;taiwanês|taiwanesa
TZA;tanzanien|tanzanienne;tanzaniano|tanzaniana
UGA;ougandais|ougandaise;ugandês|ugandesa
UKR;ukrainien|ukrainienne;ucraniano|ucraniana
URY;uruguayen|uruguayenne;uruguaio|uruguaia
USA;américain|américaine;americano|norte-americano|norte-americana|estadunidense
UZB;ouzbek|ouzbèke;usbeque
VEN;vénézuélien|vénézuélienne;venezuelano|venezuelana
VNM;vietnamien|vietnamienne;vietnamita
WSM;samoan|samoane;samoano|samoana
XKX;kosovar|kosovare;kosovar|kosovares
YEM;yéménite;iemenita
ZAF;sud-africain|sud-africaine;sul-africano|sul-africana
ZMB;zambien|zambienne;zambiano|zambiana
ZWE;zimbabwéen|zimbabwéenne;zimbabueano|zimbabueana|zimbabuano|zimbabuana|zimbabweano|zimbabweana
"""

#: Short names that English writes with "the" after "Government of".
WITH_THE = {
    "BHS", "CAF", "COD", "COG", "COM", "CZE", "DOM", "GMB", "MDV", "MHL", "NLD", "PHL",
    "SLB", "ARE", "GBR", "USA", "VAT", "PSE", "SDN",
}

#: Government forms beyond the generated English ones (hand-written French/Portuguese and usual names).
EXTRA_GOV = {
    "USA": "US Government|U.S. Government|United States Government|USG|U.S. government|Government of the United States of America|US Administration|U.S. Administration|Gouvernement des États-Unis|Gouvernement américain|Governo dos Estados Unidos|Governo dos Estados Unidos da América|Gouvernement des États-Unis d'Amérique|Governo norte-americano|American Government|Federal Government of the United States",
    "GBR": "UK Government|U.K. Government|British Government|Her Majesty's Government|His Majesty's Government|HMG|HM Government|Government of the United Kingdom of Great Britain and Northern Ireland|Gouvernement britannique|Gouvernement du Royaume-Uni|Governo britânico|Governo do Reino Unido",
    "FRA": "Gouvernement français|Gouvernement de la France|Gouvernement de la République française|Governo francês|Governo da França|French Government",
    "DEU": "German Cooperation|German Development Cooperation|Coopération allemande|Cooperação Alemã|German Government|Federal Government of Germany|German Federal Government|Gouvernement allemand|Gouvernement de l'Allemagne|Governo alemão|Governo da Alemanha|Bundesregierung",
    "BEL": "Belgian Government|Gouvernement belge|Gouvernement de la Belgique|Governo belga|Belgian Federal Government",
    "CAN": "Canadian Government|Gouvernement du Canada|Gouvernement canadien|Governo do Canadá|Governo canadiano|Governo canadense",
    "PRT": "Portuguese Government|Governo de Portugal|Governo português|Gouvernement portugais|Gouvernement du Portugal",
    "BRA": "Brazilian Government|Governo do Brasil|Governo brasileiro|Governo Federal do Brasil|Gouvernement brésilien",
    "CHE": "Swiss Government|Swiss Federal Government|Gouvernement suisse|Conseil fédéral suisse|Governo suíço",
    "LUX": "Gouvernement luxembourgeois|Gouvernement du Luxembourg",
    "ESP": "Gobierno de España|Gouvernement espagnol|Governo espanhol",
    "ITA": "Governo italiano|Gouvernement italien",
    "NLD": "Dutch Government|Netherlands Government|Gouvernement néerlandais",
    "JPN": "Japanese Government|Gouvernement japonais|Gouvernement du Japon|Governo do Japão|Governo japonês",
    "MOZ": "Governo de Moçambique|Governo moçambicano|Governo da República de Moçambique|Gouvernement du Mozambique|Gouvernement mozambicain|GoM",
    "AGO": "Governo de Angola|Governo angolano|Governo da República de Angola",
    "CPV": "Governo de Cabo Verde|Governo cabo-verdiano",
    "GNB": "Governo da Guiné-Bissau|Gouvernement de la Guinée-Bissau",
    "STP": "Governo de São Tomé e Príncipe",
    "TLS": "Governo de Timor-Leste",
    "KEN": "GoK|Gouvernement du Kenya|Gouvernement kényan|Governo do Quénia",
    "UGA": "GoU",
    "ZAF": "South African Government|SA Government|Gouvernement sud-africain|Governo sul-africano|Governo da África do Sul",
    "MLI": "Gouvernement du Mali|Gouvernement malien|Gouvernement de la République du Mali|Governo do Mali",
    "NER": "Gouvernement du Niger|Gouvernement nigérien|Gouvernement de la République du Niger|Government of the Republic of Niger",
    "BFA": "Gouvernement du Burkina Faso|Gouvernement burkinabè|Gouvernement burkinabé",
    "TCD": "Gouvernement du Tchad|Gouvernement tchadien|Gouvernement de la République du Tchad",
    "MRT": "Gouvernement de la Mauritanie|Gouvernement mauritanien",
    "SEN": "Gouvernement du Sénégal|Gouvernement sénégalais",
    "CIV": "Gouvernement de Côte d'Ivoire|Gouvernement de Côte d’Ivoire|Gouvernement ivoirien|Government of Cote d'Ivoire|Government of Cote d’Ivoire|Government of Côte d’Ivoire|Ivorian Government",
    "BEN": "Gouvernement du Bénin|Gouvernement béninois",
    "TGO": "Gouvernement togolais|Gouvernement du Togo|Gouvernement de la République togolaise",
    "GIN": "Gouvernement guinéen|Gouvernement de la Guinée",
    "CMR": "Gouvernement du Cameroun|Gouvernement camerounais",
    "CAF": "Gouvernement centrafricain",
    "COD": "Gouvernement de la RDC|Gouvernement congolais|Government of the DRC|DRC Government",
    "COG": "Gouvernement de la République du Congo",
    "GAB": "Gouvernement gabonais|Gouvernement du Gabon",
    "MAR": "Gouvernement marocain|Gouvernement du Maroc|Government of the Kingdom of Morocco",
    "DZA": "Gouvernement algérien|Gouvernement de l'Algérie",
    "TUN": "Gouvernement tunisien|Gouvernement de la Tunisie",
    "DJI": "Gouvernement djiboutien|Gouvernement de Djibouti",
    "COM": "Gouvernement comorien|Gouvernement des Comores",
    "MDG": "Gouvernement malgache|Gouvernement de Madagascar",
    "BDI": "Gouvernement burundais|Gouvernement du Burundi",
    "RWA": "Gouvernement rwandais|Gouvernement du Rwanda",
    "HTI": "Gouvernement haïtien",
    "SOM": "Federal Government of Somalia|FGS",
    "LBY": "Libyan Government of National Unity|Government of National Unity of Libya|Government of National Accord|Libyan Government of National Accord",
    "IRQ": "Federal Government of Iraq|Iraqi Federal Government",
    "NGA": "Federal Government of Nigeria|FGN|Nigerian Federal Government",
    "ETH": "Federal Government of Ethiopia",
    "NOR": "Norwegian Government|Gouvernement norvégien|Royal Norwegian Government",
    "SWE": "Swedish Government|Gouvernement suédois",
    "DNK": "Danish Government|Gouvernement danois|Royal Danish Government",
    "FIN": "Finnish Government",
    "IRL": "Irish Government",
    "AUS": "Australian Government|Government of the Commonwealth of Australia",
    "KOR": "Korean Government|South Korean Government",
    "CHN": "Chinese Government|Government of the People's Republic of China",
    "TUR": "Turkish Government|Government of Türkiye|Government of the Republic of Türkiye",
    "ARE": "UAE Government|Emirati Government",
    "QAT": "Qatari Government|State of Qatar Government",
    "SAU": "Saudi Government",
    "XSL": "Somaliland Government",
}


#: French and Portuguese names with their article (``le``/``la``/``l'``/``les``, ``o``/``a``/``os``/``as``,
#: or none), used to write "Gouvernement du Mali", "Governo de Moçambique"... ``/`` separates spelling
#: variants that share the article, ``|`` separate names. iso3;French;Portuguese.
FR_PT = """
AFG;l'Afghanistan;o Afeganistão
AGO;l'Angola;Angola
ALB;l'Albanie;a Albânia
AND;l'Andorre;Andorra
ARE;les Émirats arabes unis;os Emirados Árabes Unidos
ARG;l'Argentine;a Argentina
ARM;l'Arménie;a Arménia/Armênia
ATG;Antigua-et-Barbuda;Antígua e Barbuda
AUS;l'Australie;a Austrália
AUT;l'Autriche;a Áustria
AZE;l'Azerbaïdjan;o Azerbaijão
BDI;le Burundi;o Burundi
BEL;la Belgique;a Bélgica
BEN;le Bénin;o Benim/Benin
BFA;le Burkina Faso;o Burkina Faso
BGD;le Bangladesh;o Bangladesh/Bangladexe
BGR;la Bulgarie;a Bulgária
BHR;Bahreïn;o Barém/Bahrein
BHS;les Bahamas;as Bahamas
BIH;la Bosnie-Herzégovine;a Bósnia e Herzegovina
BLR;la Biélorussie|le Bélarus;a Bielorrússia
BLZ;le Belize;o Belize
BOL;la Bolivie;a Bolívia
BRA;le Brésil;o Brasil
BRB;la Barbade;Barbados
BRN;le Brunei;o Brunei
BTN;le Bhoutan;o Butão
BWA;le Botswana;o Botsuana/Botswana
CAF;la République centrafricaine/Centrafrique;a República Centro-Africana
CAN;le Canada;o Canadá
CHE;la Suisse;a Suíça
CHL;le Chili;o Chile
CHN;la Chine;a China
CIV;la Côte d'Ivoire;a Costa do Marfim/Côte d'Ivoire
CMR;le Cameroun;os Camarões
COD;la République démocratique du Congo/RDC;a República Democrática do Congo/RDC
COG;la République du Congo;a República do Congo
COL;la Colombie;a Colômbia
COM;les Comores;as Comores
CPV;le Cap-Vert;Cabo Verde
CRI;le Costa Rica;a Costa Rica
CUB;Cuba;Cuba
CYP;Chypre;Chipre
CZE;la Tchéquie/République tchèque;a Chéquia|a República Checa/República Tcheca
DEU;l'Allemagne;a Alemanha
DJI;Djibouti;o Djibuti/Jibuti
DMA;la Dominique;a Dominica
DNK;le Danemark;a Dinamarca
DOM;la République dominicaine;a República Dominicana
DZA;l'Algérie;a Argélia
ECU;l'Équateur;o Equador
EGY;l'Égypte;o Egito/Egipto
ERI;l'Érythrée;a Eritreia
ESP;l'Espagne;a Espanha
EST;l'Estonie;a Estónia/Estônia
ETH;l'Éthiopie;a Etiópia
FIN;la Finlande;a Finlândia
FJI;les Fidji;Fiji
FRA;la France;a França
FSM;la Micronésie;a Micronésia
GAB;le Gabon;o Gabão
GBR;le Royaume-Uni;o Reino Unido
GEO;la Géorgie;a Geórgia
GHA;le Ghana;o Gana
GIN;la Guinée;a Guiné
GMB;la Gambie;a Gâmbia
GNB;la Guinée-Bissau;a Guiné-Bissau
GNQ;la Guinée équatoriale;a Guiné Equatorial
GRC;la Grèce;a Grécia
GRD;la Grenade;Granada
GTM;le Guatemala;a Guatemala
GUY;le Guyana;a Guiana
HND;le Honduras;as Honduras
HRV;la Croatie;a Croácia
HTI;Haïti;o Haiti
HUN;la Hongrie;a Hungria
IDN;l'Indonésie;a Indonésia
IND;l'Inde;a Índia
IRL;l'Irlande;a Irlanda
IRN;l'Iran;o Irão/Irã
IRQ;l'Iraq/Irak;o Iraque
ISL;l'Islande;a Islândia
ISR;Israël;Israel
ITA;l'Italie;a Itália
JAM;la Jamaïque;a Jamaica
JOR;la Jordanie;a Jordânia
JPN;le Japon;o Japão
KAZ;le Kazakhstan;o Cazaquistão
KEN;le Kenya;o Quénia/Quênia
KGZ;le Kirghizistan;o Quirguistão
KHM;le Cambodge;o Camboja
KIR;Kiribati;Quiribati
KNA;Saint-Christophe-et-Niévès;São Cristóvão e Névis
KOR;la Corée du Sud|la République de Corée;a Coreia do Sul|a República da Coreia
KWT;le Koweït;o Kuwait/Koweit
LAO;le Laos;o Laos
LBN;le Liban;o Líbano
LBR;le Liberia/Libéria;a Libéria
LBY;la Libye;a Líbia
LCA;Sainte-Lucie;Santa Lúcia
LIE;le Liechtenstein;o Listenstaine/Liechtenstein
LKA;le Sri Lanka;o Sri Lanka
LSO;le Lesotho;o Lesoto/Lesotho
LTU;la Lituanie;a Lituânia
LUX;le Luxembourg;o Luxemburgo
LVA;la Lettonie;a Letónia/Letônia
MAR;le Maroc;Marrocos
MCO;Monaco;o Mónaco/Mônaco
MDA;la Moldavie|la République de Moldova;a Moldávia
MDG;Madagascar;Madagáscar/Madagascar
MDV;les Maldives;as Maldivas
MEX;le Mexique;o México
MHL;les Îles Marshall;as Ilhas Marshall
MKD;la Macédoine du Nord;a Macedónia do Norte/Macedônia do Norte
MLI;le Mali;o Mali
MLT;Malte;Malta
MMR;le Myanmar;o Myanmar/Mianmar
MNE;le Monténégro;o Montenegro
MNG;la Mongolie;a Mongólia
MOZ;le Mozambique;Moçambique
MRT;la Mauritanie;a Mauritânia
MUS;Maurice;a Maurícia
MWI;le Malawi;o Malawi/Malaui
MYS;la Malaisie;a Malásia
NAM;la Namibie;a Namíbia
NER;le Niger;o Níger
NGA;le Nigeria/Nigéria;a Nigéria
NIC;le Nicaragua;a Nicarágua
NLD;les Pays-Bas;os Países Baixos
NOR;la Norvège;a Noruega
NPL;le Népal;o Nepal
NRU;Nauru;Nauru
NZL;la Nouvelle-Zélande;a Nova Zelândia
OMN;Oman;Omã
PAK;le Pakistan;o Paquistão
PAN;le Panama;o Panamá
PER;le Pérou;o Peru
PHL;les Philippines;as Filipinas
PLW;les Palaos;Palau
PNG;la Papouasie-Nouvelle-Guinée;a Papua-Nova Guiné
POL;la Pologne;a Polónia/Polônia
PRK;la Corée du Nord;a Coreia do Norte
PRT;le Portugal;Portugal
PRY;le Paraguay;o Paraguai
PSE;l'État de Palestine|la Palestine;o Estado da Palestina|a Palestina
QAT;le Qatar;o Catar/Qatar
ROU;la Roumanie;a Roménia/Romênia
RUS;la Russie|la Fédération de Russie;a Rússia|a Federação Russa
RWA;le Rwanda;o Ruanda/Rwanda
SAU;l'Arabie saoudite;a Arábia Saudita
SDN;le Soudan;o Sudão
SEN;le Sénégal;o Senegal
SGP;Singapour;Singapura
SLB;les Îles Salomon;as Ilhas Salomão
SLE;la Sierra Leone;a Serra Leoa
SLV;le Salvador;El Salvador
SMR;Saint-Marin;São Marinho
SOM;la Somalie;a Somália
SRB;la Serbie;a Sérvia
SSD;le Soudan du Sud;o Sudão do Sul
STP;Sao Tomé-et-Principe;São Tomé e Príncipe
SUR;le Suriname;o Suriname
SVK;la Slovaquie;a Eslováquia
SVN;la Slovénie;a Eslovénia/Eslovênia
SWE;la Suède;a Suécia
SWZ;l'Eswatini;o Essuatíni/Eswatini
SYC;les Seychelles;as Seicheles/Seychelles
SYR;la Syrie;a Síria
TCD;le Tchad;o Chade
TGO;le Togo;o Togo
THA;la Thaïlande;a Tailândia
TJK;le Tadjikistan;o Tajiquistão
TKM;le Turkménistan;o Turquemenistão
TLS;le Timor-Leste/Timor oriental;Timor-Leste
TON;les Tonga;Tonga
TTO;Trinité-et-Tobago;Trindade e Tobago
TUN;la Tunisie;a Tunísia
TUR;la Turquie;a Turquia
TUV;les Tuvalu;Tuvalu
TWN;Taïwan;Taiwan
TZA;la Tanzanie;a Tanzânia
UGA;l'Ouganda;o Uganda
UKR;l'Ukraine;a Ucrânia
URY;l'Uruguay;o Uruguai
USA;les États-Unis/Etats-Unis;os Estados Unidos
UZB;l'Ouzbékistan;o Usbequistão
VAT;le Saint-Siège;a Santa Sé
VCT;Saint-Vincent-et-les-Grenadines;São Vicente e Granadinas
VEN;le Venezuela;a Venezuela
VNM;le Viet Nam/Vietnam;o Vietname/Vietnã
VUT;le Vanuatu;o Vanuatu
WSM;les Samoa;Samoa
XKX;le Kosovo;o Kosovo
XSL;le Somaliland;a Somalilândia
YEM;le Yémen;o Iémen/Iêmen
ZAF;l'Afrique du Sud;a África do Sul
ZMB;la Zambie;a Zâmbia
ZWE;le Zimbabwe;o Zimbabué/Zimbabwe
"""

#: French/Portuguese names that are never used as bare place aliases because they are also
#: common words or first names (Maurice, Dominique, grenade, Salvador the city...). Their
#: government forms ("Gouvernement de Maurice") are still written.
NOT_PLACES = {"Maurice", "Dominique", "Grenade", "Granada", "Salvador", "Dominica", "Palau", "RDC",
              "Centrafrique", "Congo"}

_FR_DE = (("le ", "du "), ("la ", "de la "), ("l'", "de l'"), ("les ", "des "))
_PT_DE = (("o ", "do "), ("a ", "da "), ("os ", "dos "), ("as ", "das "))
_VOWELS = "AEIOUÉÈÊÎÔÛYHaeiouéèêîôûyh"


def _with_article(cell: str, table: tuple[tuple[str, str], ...], bare_de) -> list[tuple[str, str]]:
    """``[(bare name, "de"-form)]`` for one FR/PT cell ("la Tchéquie/République tchèque|...")."""
    out = []
    for item in cell.split("|"):
        art, de, rest = "", None, item
        for a, d in table:
            if item.startswith(a):
                art, de, rest = a, d, item[len(a):]
                break
        for name in rest.split("/"):
            out.append((name, f"{de}{name}" if art else bare_de(name)))
    return out


def fr_pt_forms(iso3: str) -> tuple[list[str], list[str]]:
    """French and Portuguese ``(place names, government forms)`` of a country.

    >>> fr_pt_forms("MLI")
    (['Mali'], ['Gouvernement du Mali', 'Governo do Mali'])
    >>> fr_pt_forms("MOZ")[1]
    ['Gouvernement du Mozambique', 'Governo de Moçambique']
    >>> fr_pt_forms("HTI")[1]
    ["Gouvernement d'Haïti", 'Governo do Haiti']
    """
    line = next(ln for ln in FR_PT.strip().splitlines() if ln.startswith(iso3 + ";"))
    _, fr, pt = line.split(";")
    fr_items = _with_article(fr, _FR_DE, lambda n: (f"d'{n}" if n[0] in _VOWELS else f"de {n}"))
    pt_items = _with_article(pt, _PT_DE, lambda n: f"de {n}")
    places = [n for n, _ in fr_items + pt_items if n not in NOT_PLACES]
    gov = [f"Gouvernement {d}" for _, d in fr_items] + [f"Governo {d}" for _, d in pt_items]
    return list(dict.fromkeys(places)), list(dict.fromkeys(gov))


def _fold(text: str) -> str:
    """Lower-case ``text`` without accents (how the loader compares forms)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def fr_pt_demonyms(iso3: str, *, taken: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """French and Portuguese demonyms of a country, with the plurals the loader cannot derive.

    Parameters
    ----------
    iso3 : str
        ISO 3166 alpha-3 code (``XKX`` Kosovo, ``XSL`` Somaliland).
    taken : tuple of str, optional
        The country's other forms (place names, English demonyms). A demonym equal to one
        of them up to case and accents (``suíça``/``Suíça``, ``slovène``/``Slovene``) is
        dropped from the row, so the loader would not read its plural: it is listed here.

    Returns
    -------
    tuple of (list of str, list of str)
        French forms, Portuguese forms (table order, plurals after their singular); two empty
        lists when the table has no line for ``iso3``.

    Examples
    --------
    >>> fr_pt_demonyms("NAM")
    (['namibien', 'namibienne'], ['namibiano', 'namibiana'])
    >>> fr_pt_demonyms("SEN")[1]
    ['senegalês', 'senegaleses', 'senegalesa']
    >>> fr_pt_demonyms("CHE", taken=("Suisse", "Suíça"))
    (['suisse', 'suisses'], ['suíço', 'suíça', 'suíças'])
    >>> fr_pt_demonyms("ATG")
    ([], [])
    """
    line = next((ln for ln in DEMONYMS_FR_PT.strip().splitlines() if ln.startswith(iso3 + ";")), "")
    if not line:
        return [], []
    _, fr, pt = line.split(";")
    own = {_fold(p) for p in taken}
    out = []
    for cell, lang in ((fr, "fr"), (pt, "pt")):
        forms = []
        for f in (x for x in cell.split("|") if x):
            forms.append(f)
            if lang == "pt" and f.endswith("ês"):
                forms.append(f[:-2] + "eses")
            elif _fold(f) in own and f[-1:] not in ("s", "x") and f not in INVARIABLE:
                forms.append(f + "s")
        out.append(list(dict.fromkeys(forms)))
    return out[0], out[1]


def _unique(values: list[str], seen: set[str]) -> list[str]:
    """Keep the values whose lower-case form is not in ``seen`` (updated in place)."""
    out = []
    for v in values:
        if v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out


def _pycountry():
    import pycountry  # build-time only

    return pycountry


def build_rows() -> list[list[str]]:
    """Return the countries.csv rows (header excluded), sorted by ISO3."""
    pc = _pycountry()
    rows = []
    lines = TABLE.strip().splitlines()
    first_dem = [ln.split(";")[4].split("|")[0] for ln in lines]
    shared = {d for d in first_dem if first_dem.count(d) > 1}
    for line in lines:
        iso3, st, name, official, demonyms, aliases = line.split(";")
        rec = pc.countries.get(alpha_3=iso3)
        iso2 = rec.alpha_2 if rec else {"XKX": "XK", "XSL": ""}[iso3]
        if not official:
            official = getattr(rec, "official_name", "") or name
        official = official.removeprefix("the ")
        the = "the " if iso3 in WITH_THE else ""
        gov_name = f"Government of {the}{name}"
        dem = [d for d in demonyms.split("|") if d]
        gov = [f"{name} Government"]
        if official != name:
            art = "" if official.lower().startswith(("the ", "burkina")) else "the "
            gov.append(f"Government of {art}{official}")
        if dem and dem[0][0].isupper() and dem[0] != name and dem[0] not in shared:
            gov.append(f"{dem[0]} Government")
        gov += [g for g in EXTRA_GOV.get(iso3, "").split("|") if g]
        fr_pt_places, fr_pt_gov = fr_pt_forms(iso3)
        gov += fr_pt_gov
        gov = [g for g in dict.fromkeys(gov) if g != gov_name]
        als = [a for a in dict.fromkeys(aliases.split("|") + fr_pt_places) if a and a != name]
        if official != name and official not in als:
            als.insert(0, official)
        fr_dem, pt_dem = fr_pt_demonyms(iso3, taken=(name, official, *als, *dem))
        dem += fr_dem + pt_dem
        # drop case-insensitive repeats inside the row (name, aliases, government forms, demonyms)
        seen = {name.lower(), gov_name.lower()}
        als, gov, dem = (_unique(v, seen) for v in (als, gov, dem))
        status = {"m": "member", "o": "observer", "x": "other"}[st]
        rows.append([iso3, iso2, name, official, gov_name, "|".join(als), "|".join(gov),
                     "|".join(dem), status, BODIES_UNDER.get(iso3, ""), CAPITALS[iso3]])
    rows.sort(key=lambda r: r[0])
    return rows


def render(rows: list[list[str]]) -> str:
    """Render rows as CSV text (``\\n`` line ends, minimal quoting)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write countries.csv, or with ``--check`` compare it to the committed file."""
    argv = sys.argv[1:] if argv is None else argv
    text = render(build_rows())
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("countries.csv is up to date" if same else "countries.csv differs from the tool")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} countries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
