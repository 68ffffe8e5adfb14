"""Build ctnet/data/countries.csv from the tables below (pycountry supplies ISO2 codes and official names).

Run ``python tools/build_countries.py`` (pycountry must be installed; ctnet itself never imports it).
The output is deterministic: running the tool again reproduces the committed file byte for byte.
``python tools/build_countries.py --check`` exits 1 when the committed file differs.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

__all__ = ["HEADER", "build_rows", "render", "main"]

HEADER = [
    "iso3", "iso2", "name", "official_name", "government_name",
    "aliases", "government_aliases", "demonyms", "status",
]

OUT = Path(__file__).resolve().parent.parent / "ctnet" / "data" / "countries.csv"

# iso3;status;name;official name ('' = pycountry's);demonyms;aliases (place forms: EN/FR/PT);
# status: m = UN member, o = observer, x = other.
TABLE = """
AFG;m;Afghanistan;;Afghan|Afghans;Afeganistão
ALB;m;Albania;;Albanian|Albanians;Albanie|Albânia
DZA;m;Algeria;;Algerian|Algerians|algérien|algérienne;Algérie|Argélia|People's Democratic Republic of Algeria
AND;m;Andorra;;Andorran|Andorrans;Andorre
AGO;m;Angola;;Angolan|Angolans|angolano|angolana|angolais;República de Angola
ATG;m;Antigua and Barbuda;Antigua and Barbuda;Antiguan|Barbudan;Antigua-et-Barbuda
ARG;m;Argentina;;Argentine|Argentinian|Argentinians;Argentine Republic|Argentine|República Argentina
ARM;m;Armenia;;Armenian|Armenians;Arménie|Armênia
AUS;m;Australia;Commonwealth of Australia;Australian|Australians;Australie|Austrália
AUT;m;Austria;;Austrian|Austrians;Autriche|Áustria
AZE;m;Azerbaijan;;Azerbaijani|Azerbaijanis;Azerbaïdjan|Azerbaijão
BHS;m;Bahamas;;Bahamian|Bahamians;The Bahamas
BHR;m;Bahrain;;Bahraini|Bahrainis;Bahreïn|Barém
BGD;m;Bangladesh;;Bangladeshi|Bangladeshis;
BRB;m;Barbados;Barbados;Barbadian|Barbadians;Barbade
BLR;m;Belarus;;Belarusian|Belarusians;Biélorussie|Bielorrússia
BEL;m;Belgium;;Belgian|Belgians|belge;Belgique|Bélgica|Kingdom of Belgium|Royaume de Belgique
BLZ;m;Belize;Belize;Belizean|Belizeans;
BEN;m;Benin;;Beninese|béninois|béninoise;Bénin|República do Benim|Benim|République du Bénin
BTN;m;Bhutan;;Bhutanese;Bhoutan|Butão
BOL;m;Bolivia;Plurinational State of Bolivia;Bolivian|Bolivians;Bolivie|Bolívia
BIH;m;Bosnia and Herzegovina;Bosnia and Herzegovina;Bosnian|Bosnians|Herzegovinian;Bosnie-Herzégovine|Bósnia e Herzegovina|Bosnia-Herzegovina
BWA;m;Botswana;;Motswana|Batswana|Botswanan;
BRA;m;Brazil;;Brazilian|Brazilians|brasileiro|brasileira|brésilien|brésilienne;Brésil|Brasil|República Federativa do Brasil
BRN;m;Brunei;Nation of Brunei, the Abode of Peace;Bruneian|Bruneians;Brunei Darussalam
BGR;m;Bulgaria;;Bulgarian|Bulgarians;Bulgarie|Bulgária
BFA;m;Burkina Faso;Burkina Faso;Burkinabe|Burkinabè|Burkinabé;Burkina
BDI;m;Burundi;;Burundian|Burundians|burundais|burundaise;République du Burundi
CPV;m;Cabo Verde;;Cabo Verdean|Cape Verdean|Cape Verdeans|cabo-verdiano|cabo-verdiana|cap-verdien;Cape Verde|Cap-Vert|República de Cabo Verde
KHM;m;Cambodia;;Cambodian|Cambodians;Cambodge|Camboja
CMR;m;Cameroon;;Cameroonian|Cameroonians|camerounais|camerounaise;Cameroun|Camarões|République du Cameroun
CAN;m;Canada;Canada;Canadian|Canadians|canadien|canadienne;Canadá
CAF;m;Central African Republic;Central African Republic;Central African|Central Africans|centrafricain|centrafricaine;CAR|République centrafricaine|Centrafrique|República Centro-Africana
TCD;m;Chad;;Chadian|Chadians|tchadien|tchadienne;Tchad|Chade|République du Tchad
CHL;m;Chile;;Chilean|Chileans;Chili
CHN;m;China;;Chinese;Chine|PRC
COL;m;Colombia;;Colombian|Colombians;Colombie|Colômbia
COM;m;Comoros;;Comorian|Comorians|comorien|comorienne;Comores|Union des Comores
COG;m;Republic of the Congo;Republic of the Congo;Congolese|congolais|congolaise;Congo|Congo-Brazzaville|République du Congo|República do Congo|Congo Brazzaville
CRI;m;Costa Rica;;Costa Rican|Costa Ricans;
CIV;m;Côte d'Ivoire;;Ivorian|Ivorians|ivoirien|ivoirienne|marfinense;Côte d’Ivoire|Cote d'Ivoire|Cote d’Ivoire|Ivory Coast|Costa do Marfim|République de Côte d'Ivoire|République de Côte d’Ivoire
HRV;m;Croatia;;Croatian|Croatians|Croat|Croats;Croatie|Croácia
CUB;m;Cuba;;Cuban|Cubans;
CYP;m;Cyprus;;Cypriot|Cypriots;Chypre|Chipre
CZE;m;Czechia;;Czech|Czechs;Czech Republic|Tchéquie|République tchèque|Chéquia|República Checa
PRK;m;North Korea;Democratic People's Republic of Korea;North Korean|North Koreans;DPRK|Corée du Nord|Coreia do Norte
COD;m;Democratic Republic of the Congo;Democratic Republic of the Congo;Congolese|congolais|congolaise;DRC|DR Congo|D.R. Congo|RDC|RD Congo|Democratic Republic of Congo|Congo-Kinshasa|République démocratique du Congo|República Democrática do Congo
DNK;m;Denmark;;Danish|Dane|Danes;Danemark|Dinamarca
DJI;m;Djibouti;;Djiboutian|Djiboutians|djiboutien|djiboutienne;République de Djibouti|Jibuti
DMA;m;Dominica;;Dominican|Dominicans;
DOM;m;Dominican Republic;Dominican Republic;Dominican|Dominicans;République dominicaine|República Dominicana
ECU;m;Ecuador;;Ecuadorian|Ecuadorians;Équateur|Equador
EGY;m;Egypt;;Egyptian|Egyptians|égyptien|égyptienne;Égypte|Egypte|Egito
SLV;m;El Salvador;;Salvadoran|Salvadorans|Salvadorian;
GNQ;m;Equatorial Guinea;;Equatorial Guinean|Equatoguinean|Equatoguineans|équato-guinéen;Guinée équatoriale|Guiné Equatorial
ERI;m;Eritrea;State of Eritrea;Eritrean|Eritreans|érythréen;Érythrée|Erythrée|Eritreia
EST;m;Estonia;;Estonian|Estonians;Estonie|Estónia|Estônia
SWZ;m;Eswatini;;Swazi|Swazis|Liswati|Emaswati;Swaziland|Kingdom of Swaziland|Essuatíni
ETH;m;Ethiopia;;Ethiopian|Ethiopians|éthiopien|éthiopienne;Éthiopie|Ethiopie|Etiópia
FJI;m;Fiji;;Fijian|Fijians;Fidji
FIN;m;Finland;;Finnish|Finn|Finns;Finlande|Finlândia
FRA;m;France;;French|français|française|francês|francesa;French Republic|République française|República Francesa|França
GAB;m;Gabon;;Gabonese|gabonais|gabonaise;République gabonaise|Gabão
GMB;m;Gambia;;Gambian|Gambians|gambien;The Gambia|Gambie|Gâmbia
GEO;m;Georgia;Georgia;Georgian|Georgians;Géorgie|Geórgia
DEU;m;Germany;;German|Germans|allemand|allemande|alemão|alemã;Federal Republic of Germany|Allemagne|République fédérale d'Allemagne|Alemanha|República Federal da Alemanha|Deutschland
GHA;m;Ghana;;Ghanaian|Ghanaians|ghanéen|ghanéenne;Gana
GRC;m;Greece;;Greek|Greeks;Grèce|Grécia
GRD;m;Grenada;Grenada;Grenadian|Grenadians;Grenade
GTM;m;Guatemala;;Guatemalan|Guatemalans;
GIN;m;Guinea;;Guinean|Guineans|guinéen|guinéenne|guineense;Guinée|Guiné|Guinea-Conakry|Guinée-Conakry|République de Guinée|Guinea Conakry
GNB;m;Guinea-Bissau;;Bissau-Guinean|Bissau-Guineans|bissau-guinéen|bissau-guineense;Guinée-Bissau|Guiné-Bissau|Guinea Bissau|República da Guiné-Bissau
GUY;m;Guyana;;Guyanese;
HTI;m;Haiti;;Haitian|Haitians|haïtien;Haïti|Haiti
HND;m;Honduras;;Honduran|Hondurans;
HUN;m;Hungary;Hungary;Hungarian|Hungarians;Hongrie|Hungria
ISL;m;Iceland;;Icelandic|Icelander|Icelanders;Islande|Islândia
IND;m;India;;Indian|Indians;Inde|Índia
IDN;m;Indonesia;;Indonesian|Indonesians;Indonésie|Indonésia
IRN;m;Iran;Islamic Republic of Iran;Iranian|Iranians;Iran (Islamic Republic of)|Irã|Irão
IRQ;m;Iraq;;Iraqi|Iraqis;Irak|Iraque
IRL;m;Ireland;Ireland;Irish;Republic of Ireland|Irlande|Irlanda|Éire
ISR;m;Israel;;Israeli|Israelis;Israël
ITA;m;Italy;;Italian|Italians|italien|italienne|italiano|italiana;Italie|Itália|Italian Republic
JAM;m;Jamaica;Jamaica;Jamaican|Jamaicans;Jamaïque
JPN;m;Japan;Japan;Japanese|japonais|japonaise|japonês|japonesa;Japon|Japão
JOR;m;Jordan;;Jordanian|Jordanians;Jordanie|Jordânia
KAZ;m;Kazakhstan;;Kazakh|Kazakhs|Kazakhstani;Kazakhstão|Cazaquistão
KEN;m;Kenya;;Kenyan|Kenyans|kényan|kényane|queniano|queniana;Quénia|Quênia
KIR;m;Kiribati;;I-Kiribati;
KWT;m;Kuwait;;Kuwaiti|Kuwaitis;Koweït|Kuwait
KGZ;m;Kyrgyzstan;;Kyrgyz|Kyrgyzstani;Kyrgyz Republic|Kirghizistan|Quirguistão
LAO;m;Laos;Lao People's Democratic Republic;Lao|Laotian|Laotians;Lao PDR
LVA;m;Latvia;;Latvian|Latvians;Lettonie|Letónia|Letônia
LBN;m;Lebanon;;Lebanese|libanais;Liban|Líbano
LSO;m;Lesotho;;Basotho|Mosotho;
LBR;m;Liberia;;Liberian|Liberians|libérien;Libéria|Libéria
LBY;m;Libya;State of Libya;Libyan|Libyans|libyen|libyenne;Libye|Líbia
LIE;m;Liechtenstein;;Liechtensteiner|Liechtensteiners;
LTU;m;Lithuania;;Lithuanian|Lithuanians;Lituanie|Lituânia
LUX;m;Luxembourg;;Luxembourgish|Luxembourger|Luxembourgers|luxembourgeois;Grand Duchy of Luxembourg|Grand-Duché de Luxembourg|Luxemburgo
MDG;m;Madagascar;;Malagasy|malgache;République de Madagascar|Madagáscar
MWI;m;Malawi;;Malawian|Malawians;Malaui
MYS;m;Malaysia;Malaysia;Malaysian|Malaysians;Malaisie|Malásia
MDV;m;Maldives;;Maldivian|Maldivians;
MLI;m;Mali;;Malian|Malians|malien|malienne|maliano|maliana;République du Mali|Mali (Republic of)
MLT;m;Malta;;Maltese;Malte
MHL;m;Marshall Islands;;Marshallese;Îles Marshall
MRT;m;Mauritania;;Mauritanian|Mauritanians|mauritanien|mauritanienne;Mauritanie|Mauritânia|République islamique de Mauritanie
MUS;m;Mauritius;;Mauritian|Mauritians|mauricien;Île Maurice|Maurícia
MEX;m;Mexico;;Mexican|Mexicans;Mexique|México
FSM;m;Micronesia;Federated States of Micronesia;Micronesian|Micronesians;Federated States of Micronesia
MCO;m;Monaco;;Monegasque|Monégasque;Mónaco
MNG;m;Mongolia;Mongolia;Mongolian|Mongolians;Mongolie|Mongólia
MNE;m;Montenegro;Montenegro;Montenegrin|Montenegrins;Monténégro
MAR;m;Morocco;;Moroccan|Moroccans|marocain|marocaine|marroquino;Maroc|Marrocos|Royaume du Maroc
MOZ;m;Mozambique;;Mozambican|Mozambicans|moçambicano|moçambicana|mozambicain|mozambicaine;Moçambique|República de Moçambique|République du Mozambique
MMR;m;Myanmar;Republic of the Union of Myanmar;Myanmar|Burmese;Burma
NAM;m;Namibia;;Namibian|Namibians;Namibie|Namíbia
NRU;m;Nauru;;Nauruan|Nauruans;
NPL;m;Nepal;;Nepalese|Nepali;Népal
NLD;m;Netherlands;;Dutch;The Netherlands|Holland|Pays-Bas|Países Baixos|Holanda|Nederland
NZL;m;New Zealand;New Zealand;New Zealander|New Zealanders;Nouvelle-Zélande|Nova Zelândia
NIC;m;Nicaragua;;Nicaraguan|Nicaraguans;
NER;m;Niger;Republic of the Niger;Nigerien|Nigeriens|nigérien|nigérienne;République du Niger|Republic of Niger|Níger
NGA;m;Nigeria;;Nigerian|Nigerians|nigérian|nigériane|nigeriano;Nigéria|Federal Republic of Nigeria
MKD;m;North Macedonia;;North Macedonian|Macedonian|Macedonians;Macédoine du Nord|Macedónia do Norte|Macedônia do Norte
NOR;m;Norway;;Norwegian|Norwegians|norvégien|norueguês;Norvège|Noruega
OMN;m;Oman;;Omani|Omanis;Omã
PAK;m;Pakistan;;Pakistani|Pakistanis;Paquistão
PLW;m;Palau;;Palauan;
PAN;m;Panama;;Panamanian|Panamanians;Panamá
PNG;m;Papua New Guinea;;Papua New Guinean|Papua New Guineans;Papouasie-Nouvelle-Guinée
PRY;m;Paraguay;;Paraguayan|Paraguayans;Paraguai
PER;m;Peru;;Peruvian|Peruvians;Pérou
PHL;m;Philippines;;Filipino|Filipinos|Philippine;The Philippines|Filipinas
POL;m;Poland;;Polish;Pologne|Polónia|Polônia
PRT;m;Portugal;;Portuguese|português|portuguesa|portugais|portugaise;Portuguese Republic|República Portuguesa
QAT;m;Qatar;;Qatari|Qataris;Catar
KOR;m;South Korea;Republic of Korea;South Korean|South Koreans|Korean;Corée du Sud|Coreia do Sul|ROK
MDA;m;Moldova;Republic of Moldova;Moldovan|Moldovans;Moldavie|Moldávia
ROU;m;Romania;Romania;Romanian|Romanians;Roumanie|Roménia|Romênia
RUS;m;Russia;Russian Federation;Russian|Russians;Russie|Rússia|Fédération de Russie|Federação Russa
RWA;m;Rwanda;Republic of Rwanda;Rwandan|Rwandans|rwandais|rwandaise;Ruanda|République du Rwanda
KNA;m;Saint Kitts and Nevis;Federation of Saint Kitts and Nevis;Kittitian|Nevisian;Saint-Christophe-et-Niévès
LCA;m;Saint Lucia;Saint Lucia;Saint Lucian|Saint Lucians;Sainte-Lucie
VCT;m;Saint Vincent and the Grenadines;Saint Vincent and the Grenadines;Vincentian|Vincentians;Saint-Vincent-et-les-Grenadines
WSM;m;Samoa;;Samoan|Samoans;
SMR;m;San Marino;;Sammarinese;Saint-Marin
STP;m;Sao Tome and Principe;;Santomean|Santomeans|são-tomense|santoméen;São Tomé and Príncipe|São Tomé e Príncipe|Sao Tome|Sao Tomé-et-Principe|São Tomé-et-Principe
SAU;m;Saudi Arabia;;Saudi|Saudis|Saudi Arabian;Arabie saoudite|Arábia Saudita|KSA
SEN;m;Senegal;;Senegalese|sénégalais|sénégalaise|senegalês|senegalesa;Sénégal|Senegal|République du Sénégal
SRB;m;Serbia;;Serbian|Serbians|Serb|Serbs;Serbie|Sérvia
SYC;m;Seychelles;;Seychellois|seychellois;République des Seychelles
SLE;m;Sierra Leone;;Sierra Leonean|Sierra Leoneans;Serra Leoa
SGP;m;Singapore;;Singaporean|Singaporeans;Singapour|Singapura
SVK;m;Slovakia;;Slovak|Slovaks|Slovakian;Slovaquie|Eslováquia|Slovak Republic
SVN;m;Slovenia;;Slovenian|Slovenians|Slovene;Slovénie|Eslovénia|Eslovênia
SLB;m;Solomon Islands;Solomon Islands;Solomon Islander|Solomon Islanders;Îles Salomon
SOM;m;Somalia;;Somali|Somalis|somalien|somalienne;Somalie|Somália
ZAF;m;South Africa;;South African|South Africans|sud-africain|sud-africaine|sul-africano|sul-africana;Afrique du Sud|África do Sul|RSA
SSD;m;South Sudan;;South Sudanese|sud-soudanais;Soudan du Sud|Sudão do Sul
ESP;m;Spain;;Spanish|Spaniard|Spaniards|espagnol|espagnole|espanhol|espanhola;Espagne|Espanha|España|Kingdom of Spain
LKA;m;Sri Lanka;;Sri Lankan|Sri Lankans;
SDN;m;Sudan;;Sudanese|soudanais|soudanaise;The Sudan|Soudan|Sudão
SUR;m;Suriname;;Surinamese;Surinam
SWE;m;Sweden;;Swedish|Swede|Swedes|suédois|sueco;Suède|Suécia|Sverige
CHE;m;Switzerland;;Swiss|suisse|suíço|suíça;Swiss Confederation|Suisse|Suíça|Confédération suisse|Schweiz
SYR;m;Syria;Syrian Arab Republic;Syrian|Syrians;Syrie|Síria
TJK;m;Tajikistan;;Tajik|Tajiks|Tajikistani;Tadjikistan|Tajiquistão
THA;m;Thailand;;Thai;Thaïlande|Tailândia
TLS;m;Timor-Leste;;Timorese;East Timor|Timor Leste
TGO;m;Togo;;Togolese|togolais|togolaise|togolês;République togolaise|Togolese Republic
TON;m;Tonga;;Tongan|Tongans;
TTO;m;Trinidad and Tobago;;Trinidadian|Tobagonian|Trinidadians;Trinité-et-Tobago
TUN;m;Tunisia;;Tunisian|Tunisians|tunisien|tunisienne;Tunisie|Tunísia
TUR;m;Türkiye;;Turkish|Turk|Turks|turc|turque|turco|turca;Turkey|Turquie|Turquia|Republic of Turkey|Turkiye
TKM;m;Turkmenistan;;Turkmen|Turkmens;Turkménistan|Turquemenistão
TUV;m;Tuvalu;;Tuvaluan|Tuvaluans;
UGA;m;Uganda;;Ugandan|Ugandans|ougandais|ougandaise|ugandês;Ouganda|Uganda (Republic of)
UKR;m;Ukraine;;Ukrainian|Ukrainians;Ucrânia
ARE;m;United Arab Emirates;United Arab Emirates;Emirati|Emiratis;UAE|U.A.E.|Émirats arabes unis|Emirados Árabes Unidos
GBR;m;United Kingdom;;British|Briton|Britons|britannique|britânico|britânica;UK|U.K.|Great Britain|Britain|United Kingdom of Great Britain and Northern Ireland|Royaume-Uni|Reino Unido
TZA;m;Tanzania;United Republic of Tanzania;Tanzanian|Tanzanians|tanzanien|tanzanienne|tanzaniano;Tanzanie|Tanzânia|République-Unie de Tanzanie
USA;m;United States;United States of America;American|Americans|américain|américaine|americano|americana|norte-americano;USA|U.S.A.|U.S.|United States of America|Etats-Unis|États-Unis|Estados Unidos|Estados Unidos da América|Etats-Unis d'Amérique|États-Unis d'Amérique
URY;m;Uruguay;;Uruguayan|Uruguayans;Uruguai
UZB;m;Uzbekistan;;Uzbek|Uzbeks|Uzbekistani;Ouzbékistan|Usbequistão
VUT;m;Vanuatu;;Ni-Vanuatu;
VEN;m;Venezuela;Bolivarian Republic of Venezuela;Venezuelan|Venezuelans;Venezuela (Bolivarian Republic of)
VNM;m;Vietnam;Socialist Republic of Viet Nam;Vietnamese;Viet Nam|Viêt Nam|Vietname
YEM;m;Yemen;;Yemeni|Yemenis;Yémen|Iémen|Iêmen
ZMB;m;Zambia;;Zambian|Zambians|zambien;Zambie|Zâmbia
ZWE;m;Zimbabwe;;Zimbabwean|Zimbabweans|zimbabwéen;Zimbabué
VAT;o;Holy See;Holy See;Vatican;Vatican City|Saint-Siège|Santa Sé
PSE;o;State of Palestine;State of Palestine;Palestinian|Palestinians;Palestine|État de Palestine|Palestina|Estado da Palestina
XKX;x;Kosovo;Republic of Kosovo;Kosovar|Kosovars|Kosovan;Kosova
TWN;x;Taiwan;Republic of China (Taiwan);Taiwanese;Chinese Taipei|Taïwan|Taiwan Province of China
XSL;x;Somaliland;Republic of Somaliland;Somalilander|Somalilanders;Somaliland Republic
"""

#: Short names that English writes with "the" after "Government of".
WITH_THE = {
    "BHS", "CAF", "COD", "COG", "COM", "CZE", "DOM", "GMB", "MDV", "MHL", "NLD", "PHL",
    "SLB", "ARE", "GBR", "USA", "VAT", "PSE", "SDN",
}

#: Government forms beyond the generated English ones (hand-written French/Portuguese and usual names).
EXTRA_GOV = {
    "USA": "US Government|U.S. Government|United States Government|USG|U.S. government|Government of the United States of America|US Administration|U.S. Administration|Gouvernement des États-Unis|Gouvernement américain|Governo dos Estados Unidos|Governo norte-americano|American Government|Federal Government of the United States",
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
    "NGA": "Federal Government of Nigeria|FGN|Nigerian Federal Government",
    "ETH": "Federal Government of Ethiopia",
    "NOR": "Norwegian Government|Gouvernement norvégien",
    "SWE": "Swedish Government|Gouvernement suédois",
    "DNK": "Danish Government|Gouvernement danois",
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
        if official.startswith("the "):
            official = official[4:]
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
        gov = [g for g in dict.fromkeys(gov) if g != gov_name]
        als = [a for a in dict.fromkeys(aliases.split("|")) if a and a != name]
        if official != name and official not in als:
            als.insert(0, official)
        # drop case-insensitive repeats inside the row (name, aliases, government forms, demonyms)
        seen = {name.lower(), gov_name.lower()}
        als, gov, dem = (_unique(v, seen) for v in (als, gov, dem))
        status = {"m": "member", "o": "observer", "x": "other"}[st]
        rows.append([iso3, iso2, name, official, gov_name, "|".join(als), "|".join(gov),
                     "|".join(dem), status])
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
