"""Deciding what a match means: country acting or place, demonyms, donor cues, exclusions, discovery."""

from __future__ import annotations

import functools
import re

from ctnet.actors._gate import gated
from ctnet.actors._rxcache import compile as _rx
from ctnet.actors.text import replace_chars

__all__ = [
    "LIST_SEP",
    "ORG_HEADS",
    "country_acts",
    "demonym_extent",
    "demonym_start",
    "discovered_type",
    "document_name_prefix",
    "donor_cue",
    "generic_case_ok",
    "in_byline",
    "not_an_actor_here",
    "thanked",
]

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'"})

#: Separators of an enumeration ("Chad, Mali and Niger").
LIST_SEP = _rx(r"^\s*(?:,\s*(?:and|et|e|&|plus)?|and|et|e|&|/|plus)\s*"
               r"(?:the\s+|du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+|d'|le\s+|la\s+|l'|les\s+|"
               r"do\s+|da\s+|dos\s+|das\s+|o\s+|a\s+)?$", re.IGNORECASE)

_PEOPLE = (
    r"government|governments|govt|authorities|authority|officials|official|officers|officer|delegation|delegations|"
    r"delegates|delegate|experts|representatives|representative|participants|counterparts|ministers|minister|"
    r"ministry|ministries|ambassador|ambassadors|embassy|embassies|president|presidency|prime\s+minister|"
    r"parliament|parliamentarians|"
    r"senators|states?\s+party|high\s+commission(?:er)?|permanent\s+(?:mission|representative)|"
    r"instructors|trainers|heads|commanders|analysts|specialists|advisers|advisors|envoys|diplomats|"
    r"prosecution\s+services|police|gendarmerie|judiciary|judicial\s+authorities|counterpart\s+institutions|"
    r"national\s+authorities|law\s+enforcement(?:\s+(?:officials|officers|agencies|authorities))?|"
    r"judges|prosecutors|magistrates|investigators|practitioners|police\s+officers|security\s+forces|"
    r"armed\s+forces|defence\s+forces|military|army|navy|forces|agencies|institutions|administration|"
    r"border\s+officials|immigration\s+officials|customs\s+officials|focal\s+points|trainees|team|teams|staff|"
    r"departments|services|units|bodies|directorates|commissions|"
    r"cabinet|leadership|head\s+of\s+state|consulate|mission|missions|nationals?\s+officials|civil\s+servants|"
    r"scholars|personnel|professionals|social\s+workers|workers|rulers|leaders|observers|chiefs|elders|members|"
    r"students|journalists|women|youths?|clerics|imams|volunteers|guards|soldiers|troops|lawyers|attorneys|"
    r"teachers|inspectors|auditors|commissioners|governors|mayors|"
    # one person of them: "an expert from Kenya", "a magistrate from Portugal"; and their peers
    r"expert|magistrate|judge|prosecutor|investigator|analyst|specialist|adviser|advisor|diplomat|instructor|"
    r"trainer|inspector|participant|colleagues|peers|"
    r"gouvernement|autorit[ée]s|d[ée]l[ée]gation|governo|autoridades|delega[cç][aã]o"
)
#: Left contexts after which a country acts ("officials from", "supported by", "cooperation with").
#: Left contexts after which a country acts ("officials from", "supported by", "cooperation with"), as
#: (last words they can end with, pattern). ``_left_act`` searches only the patterns that can end with
#: the context's last word.
#: "governments including", "donors such as": the list that follows names the payers.
_PAYERS_INCLUDING = (r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:governments|donors|partners|countries|states)"
                     r"\s*,?\s*(?:including|such\s+as|namely|like)")
#: "The donors of the programme include ...": the list that follows pays (and so acts).
_DONORS_INCLUDE = (r"\b(?:donors|funders|financial\s+partners)(?:\s+(?:of|to|for)\s+[^.;:]{1,60}?)?\s+(?:include|includes|"
                   r"included|are|were)\s*:?")
#: The professions of a state's officials (French and Portuguese), for "des enquêteurs du Mali" and "des
#: analystes sénégalais".
_PROFESSIONS = (r"enqu[êe]teurs?|procureurs?|juges?(?:\s+d['\u2019]instruction)?|analystes?|agents?|gendarmes?|"
                r"policiers?|douaniers?|investigador(?:es)?|analistas?|procurador(?:es)?|ju[íi]z(?:es)?|agentes?|"
                r"inspector(?:es)?|inspetor(?:es)?")
#: Words that thank, and an article after them: "thanked the", "remercie la", "agradeceu ao".
_THANKS = (r"\b(?:thank|thanks|thanked|thanking|(?:grateful|gratitude|appreciation)\s+to|remercie|remercié|remerciait|"
           r"agradece|agradeceu)\s+(?:the\s+|le\s+|la\s+|l['\u2019]|les\s+|o\s+|a\s+|os\s+|as\s+|ao\s+|aos\s+|à\s+|"
           r"às\s+)?")
#: ... and what one thanks next: "a remercié le Gouvernement tchadien pour son leadership ainsi que la Suède",
#: "thanked UNODC for its work, as well as Japan".
_THANKS_ALSO = (r"\b(?:thank|thanks|thanked|thanking|remercie|remercié|remerciait|agradece|agradeceu)\b[^.;:!?]{1,100}?"
                r"\b(?:ainsi\s+que|as\s+well\s+as|bem\s+como|assim\s+como)\s+(?:the\s+|le\s+|la\s+|l['\u2019]|les\s+|"
                r"o\s+|a\s+|os\s+|as\s+|ao\s+|aos\s+|à\s+|às\s+)?")
#: A word of each branch of ``_THANKED``.
_THANK_STEMS = ("thank", "remerci", "agrade", "grateful", "gratitude", "appreciation")
#: A left context that ends by thanking what follows.
_THANKED = _rx("(?:" + _THANKS + "|" + _THANKS_ALSO + ")$", re.IGNORECASE)
_LEFT_ALTS: list[tuple[frozenset[str], str]] = [
    (frozenset({"of", "from", "across"}), r"\b(?:" + _PEOPLE + r")\s+(?:of|from|from\s+across)\s+(?:the\s+)?"),
    # "officials of national commissions on small arms from Sierra Leone, Liberia and Ghana"
    (frozenset({"from"}), r"\b(?:" + _PEOPLE + r")\s+of\s+(?:the\s+)?[^.;:()]{0,40}?\b(?:commissions?|ministr(?:y|ies)|"
                          r"agenc(?:y|ies)|institutions?|services?|authorit(?:y|ies)|forces|units?|police|departments?|"
                          r"bodies|offices?|directorates?|courts?)\b[^.;:()]{0,30}?\s+from\s+(?:the\s+)?"),
    # "Participants came from Djibouti, Ethiopia, Kenya ..."
    (frozenset({"from"}), r"\b(?:" + _PEOPLE + r")\s+(?:came|come|travell?ed|arrived|were\s+drawn)\s+from\s+(?:the\s+)?"),
    # "the national focal points for the prevention of violent extremism of Burkina Faso, Chad ..."
    (frozenset({"of", "from"}), r"\b(?:focal\s+points|officials|representatives|experts|delegations|participants)\s+"
                                r"(?:for|in\s+charge\s+of|responsible\s+for)\s+[^.;:,()]{1,60}?\s+(?:of|from)\s+(?:the\s+)?"),
    (frozenset({"of"}), r"\b(?:minister|secretary|ambassador|director|commissioner|representative|governor|chief|head|"
                        r"inspector[\s-]general|"
                        r"attorney[\s-]general|consul|envoy|chargé|charge)\b[^.;:()]{0,70}?\bof\s+(?:the\s+)?"),
    # "des responsables venus du Maroc, de Tunisie et du Sénégal", "participantes oriundos de Angola"
    (frozenset({"de", "du", "des", "d'", "do", "da", "dos", "das"}),
     r"\b(?:venue?s?|issue?s?|originaires?|vindos?|vindas?|oriund[oa]s?|provenientes?)\s+(?:de|du|des|d'|do|da|dos|das)"
     r"\s*(?:la\s+|l')?"),
    (frozenset({"by"}), r"\b(?:created|signed|hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed|funded|co-?funded|financed|"
                        r"supported|requested|ratified|adopted|sponsored|launched|established|endorsed|chaired|co-?chaired|led|"
                        r"provided|offered|donated|made\s+possible|initiated|convened|nominated|submitted|"
                        r"carried\s+out|conducted|implemented|undertaken|jointly\s+conducted|attended|ratified)"
                        r"\s+by\s+(?:the\s+)?"),
    (frozenset({"support", "supporting", "supports", "supported", "assist", "assisting", "assists", "assisted", "to",
                "help", "helping", "helps", "helped", "train", "training", "trained", "equip", "equipping", "equipped",
                "strengthen", "strengthening", "strengthened", "empower", "empowering", "empowered", "benefit",
                "benefiting", "benefits", "benefited", "benefitted", "benefitting", "with"}),
     r"\b(?:support|supporting|supports|supported|assist|assisting|assists|assisted|assistance\s+to|help|helping|"
     r"helps|helped|train|training|trained|equip|equipping|equipped|strengthen|strengthening|strengthened|empower|"
     r"empowering|empowered|benefit|benefiting|benefits|benefited|benefitted|benefitting|partnered\s+with|"
     r"to\s+support)\s+(?:the\s+)?"),
    # the partners of a joint act: "Uganda will co-host the 2027 Africa Cup of Nations with Kenya and Tanzania"
    (frozenset({"with"}), r"\b(?:co-?host(?:s|ed|ing)?|co-?organi[sz](?:e|es|ed|ing)|co-?chair(?:s|ed|ing)?|"
                          r"co-?sponsor(?:s|ed|ing)?|co-?convene(?:s|d)?|co-?convening|jointly\s+(?:hosted|"
                          r"organi[sz]ed|convened|led))\b[^.;:()]{0,80}?\bwith\s+(?:the\s+)?"),
    (frozenset({"with"}), r"\b(?:cooperation|co-operation|partnership|collaboration|agreement|memorandum\s+of\s+understanding|"
                          r"MoU|MOU|accord|arrangement|partnering|partners|coordination|dialogue|talks|meetings?|consultations?|"
                          r"cooperating|collaborating|working|engagement|relations|ties)\s+with\s+(?:the\s+)?"),
    (frozenset({"of", "from", "by"}), r"\b(?:support|contribution|contributions|funding|financing|donation|grant|generosity|"
                                      r"assistance|backing|sponsorship|invitation|request|behalf|initiative|commitment|"
                                      r"leadership)\s+(?:of|from|by)\s+(?:the\s+)?"),
    (frozenset({"to"}), r"\bthanks\s+to\s+(?:the\s+)?"),
    # it takes part or joins: "with the participation of Kenya and Uganda", "com a participação da Gâmbia",
    # "the accession of the Federal Republic of Somalia"
    (frozenset({"of", "de", "du", "des", "d'", "do", "da", "dos", "das"}),
     r"\b(?:participation|accession|adh[ée]sion|participa[çc][ãa]o|ades[ãa]o|participaci[óo]n)\s+"
     r"(?:of|de|du|des|d'|do|da|dos|das)\s*(?:the\s+|la\s+|l')?"),
    # one thanks an actor for what it did: "thanked the European Union and the Federal Republic of Germany for
    # their continued partnership", "remercie la Suède", "agradeceu ao Japão"
    (frozenset({"thank", "thanks", "thanked", "thanking", "to", "remercie", "remercié", "remerciait", "agradece",
                "agradeceu", "ao", "à", "aos", "às"}), _THANKS),
    # ... and what it thanks next: "a remercié le Gouvernement tchadien pour son leadership ainsi que la Suède et
    # l'Allemagne pour leur confiance", "thanked UNODC for its work, as well as Japan"
    (frozenset({"que", "as", "well", "como", "ao", "aos", "à", "às"}), _THANKS_ALSO),  # ("as" is skipped as an article)
    (frozenset({"of"}), r"\b(?:between|by)\s+the\s+(?:governments?|authorities)\s+of\s+(?:the\s+)?"),
    (frozenset({"between"}), r"\b(?:cooperation|co-operation|partnership|collaboration|agreement|memorandum\s+of\s+understanding|"
                             r"coordination|dialogue|relations|relationships|exchanges?)\s+between\s+(?:the\s+)?"),
    # "the Centre had supported a number of African Union Member States, including Ghana, ..."
    # "supported by governments including Canada, France ...": the donors that follow act
    (frozenset({"include", "includes", "included", "are", "were", ":"}),
     _DONORS_INCLUDE + r"\s*(?:the\s+)?"),
    (frozenset({"including", "as", "namely", "like"}),
     r"\b(?:(?:funded|financed|co-?funded|co-?financed|supported|backed)\s+by|(?:contributions?|funding|financing|"
     r"grants?)\s+from)\s+" + _PAYERS_INCLUDING + r"\s+(?:the\s+)?"),
    (frozenset({"namely", "including", "as"}),
     r"\b(?:support(?:ed|s|ing)?|assist(?:ed|s|ing)?|train(?:ed|s|ing)?|help(?:ed|s|ing)?)\s+"
     r"(?:a\s+number\s+of\s+|several\s+|many\s+|some\s+|\d+\s+|the\s+|its\s+|their\s+)?"
     r"(?:[A-Z][\w\-]*\s+){0,3}(?:countries|states|States|nations)\s*,?\s*(?:namely|including|such\s+as)\s*"
     r"(?:the\s+)?"),  # (not "supports programmes in 12 countries, including Kenya": places)
    # the countries that take part, in apposition: "the four participating countries – Tanzania, Zambia,
    # Mozambique and Malawi – deployed", "beneficiary countries: Benin, Togo"
    (frozenset({"\u2013", "\u2014", "-", ":", "("}),
     r"\b(?:participating|beneficiary|contributing|troop-contributing)\s+(?:countries|states|nations|"
     r"governments)\s*[\u2013\u2014\-:(]\s*(?:the\s+)?"),
    # in apposition to a role: "The GCTF co-chairs, Morocco and Canada, welcomed ..."
    (frozenset({","}), r"\b(?:co-?chairs?|chairs?|co-?hosts?|hosts?|donors?|funders?|co-?sponsors?|sponsors?)\s*,\s*"
                       r"(?:the\s+)?"),
    (frozenset({"namely", "including", "as", "i.e.", ":"}),
     r"\b(?:" + _PEOPLE + r"|participants|experts)\s+(?:drawn\s+|coming\s+)?(?:from|of)\s+[^.;:]{0,80}?"
     r"\b(?:countries|states|nations)\s*(?:,|:)?\s*(?:namely|including|such\s+as|i\.e\.|:)\s*(?:the\s+)?"),
    (frozenset({"de", "du", "d'", "do", "da"}),
     r"\b(?:par|de|du|avec|com|pelo|pela|do|da)\s+(?:le\s+|la\s+|l')?(?:gouvernement|governo)\s+(?:de|du|d'|do|da)\s*"),
    (frozenset({"de", "du", "d'", "des", "do", "da", "dos", "das"}),
     r"\b(?:ambassadeur|ambassadrice|ministre|repr[ée]sentante?\s+permanente?|consul|embaixador[a]?|ministr[oa]|"
     r"representante\s+permanente|c[ôo]nsul)\b[^.;:()]{0,50}?\s(?:de|du|d'|des|do|da|dos|das)\s*(?:la\s+|l')?"),
    (frozenset({"de", "du", "des", "avec"}),
     r"\b(?:soutien|appui|concours|contribution|financement|coop[ée]ration|partenariat)\s+(?:financier\s+|financi[eè]re\s+)?"
     r"(?:de|du|des|avec)\s+(?:la\s+|le\s+|l')?"),
    (frozenset({"par"}), r"\b(?:financ[ée]e?s?|cofinanc[ée]e?s?|soutenue?s?|appuy[ée]e?s?|organis[ée]e?s?|accueillie?s?|"
                         r"lanc[ée]e?s?|cr[ée]{2}e?s?|sign[ée]e?s?|initi[ée]e?s?|ratifi[ée]e?s?)\s+par"
                         r"\s+(?:la\s+|le\s+|l')?"),
    (frozenset({"de", "do", "da", "dos", "das", "com"}),
     r"\b(?:apoio|financiamento|contribui[çc][ãa]o|coopera[çc][ãa]o|parceria)\s+(?:financeiro\s+)?(?:de|do|da|dos|das|com)"
     r"\s+(?:o\s+|a\s+)?"),
    (frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
     r"\b(?:(?:co-?)?financiad[oa]s?|apoiad[oa]s?|organizad[oa]s?)\s+(?:por|pel[oa]s?)\s+"),
    (frozenset({"soutient", "soutenir", "appuie", "appuyer", "accompagne", "accompagner", "apoia", "apoiar", "apoiou",
                "apoiando", "assiste", "assister"}),
     r"\b(?:soutient|soutenir|appuie|appuyer|accompagne|accompagner|apoia|apoiar|apoiou|apoiando|"
     r"assiste|assister)\s+(?:le\s+|la\s+|l'|les\s+|o\s+|a\s+)?"),
    (frozenset({"du", "de", "des", "d'", "do", "da", "dos", "das"}),
     r"\b(?:participants?|responsables?|fonctionnaires?|repr[ée]sentante?s?|d[ée]l[ée]gu[ée]e?s?|expert(?:e|es|s)?|"
     r"magistrats?|observat(?:eur|rice)s?|observador(?:es|as?)?|"
     r"officiers?|autorit[ée]s|" + _PROFESSIONS + r"|cadres|"
     r"participantes?|funcion[aá]ri[oa]s?|representantes?|delegad[oa]s?|perit[oa]s?|magistrad[oa]s?|oficiais|(?<!ngua\s)(?<!idioma\s)(?<!visita\s)oficial|"
     r"t[ée]cnicos|quadros|d[ée]l[ée]gations?|"
     r"delega[çc](?:[ãa]o|[õo]es)|gouvernements?|governos?|for[çc]as|forces|troupes|tropas|militares|militaires|"
     # the state's bodies, unnamed: "des cellules de renseignement financier du Mali", "das unidades de
     # informação financeira de Angola" (as "the financial intelligence units of Mali")
     r"cellules|services|unit[ée]s|institutions|administrations|minist[èe]res|agences|directions|juridictions|"
     r"unidades|servi[çc]os|institui[çc][õo]es|minist[ée]rios|ag[êe]ncias|dire[çc][õo]es|autoridades)"
     # "officiers de police judiciaire du Mali", "analistas financeiros de Angola"
     r"(?:\s+(?!(?:du|des|do|da|dos|das)\b)[a-zà-ÿ][a-zà-ÿ'\-]*){0,3}?"
     r"\s+(?:(?:venaient|venus|venant|issus|provenant|vindos|provenientes|oriundos)\s+)?"
     r"(?:du|de\s+la|de\s+l'|des|de|d'|do|da|dos|das|de)\s*"),
]
#: The last words that can end one of ``_LEFT_ALTS``.
_LEFT_LAST_WORDS = frozenset(w for ends, _ in _LEFT_ALTS for w in ends)


@functools.cache
def _left_by_last(word: str) -> re.Pattern[str]:
    """One regex per last word, of the patterns that can end with it, compiled when first needed (most
    corpora use a few of the 77 words: compiling them all took 90 ms of every start)."""
    return gated("(?:" + "|".join(p for ends, p in _LEFT_ALTS if word in ends) + ")$", re.IGNORECASE)
_ARTICLES = {"the", "l'", "la", "le", "les", "o", "a", "os", "as"}
#: An office named before its organisation, in a donor cue: "the Bureau for Humanitarian Assistance of ".
_OFFICE_OF_LEFT = _rx(
    r"(?:Office|Bureau|Escrit[óo]rio|Gabinete|Department|Directorate|Division|Service|Servi[çc]o|Dire[çc][ãa]o|"
    r"Direc[çc][ãa]o|Direction)\s+(?:(?:of|for|on|de|da|do|des|du|la|e|et|and|the|[A-ZÀ-Þ][\w\-']*)\s+){0,8}?"
    r"(?:of|da|do|de|du|des|d')\s*(?:the\s+|la\s+|l')?$")
_DONOR_TERMINALS = {"by", "of", "from", "par", "de", "du", "des", "d'", "do", "da", "dos", "das", "por", "pelo",
                    "pela", "pelos", "pelas", "including", "as", "namely", "like", "include", "includes", "included",
                    "are", "were", ":"}
_THANK_TERMINALS = {"thank", "thanks", "thanked", "thanking", "to", "and", "remercie", "remercié", "agradece", "agradeceu",
                    "au", "aux", "à", "ao", "aos", "às", "et", "e"}


def _last_word(left: str) -> str:
    """The last word of a left context, skipping a final article ("funded by the" -> "by", "par l'" -> "par")."""
    words = left.rsplit(None, 2)
    if not words:
        return ""
    last = words[-1].lower()
    if last == "d'":
        return last
    if (last in _ARTICLES or last == "l'") and len(words) > 1:
        return words[-2].lower()
    return last


def _left_act(left: str) -> bool:
    """True when a left context ends with one of ``_LEFT_ALTS``: only the patterns that can end with its
    last word are searched."""
    last = _last_word(left)
    word = ":" if last.endswith(":") else "," if last.endswith(",") else last
    if word not in _LEFT_LAST_WORDS:
        return False
    return _left_by_last(word).search(left[-200:]) is not None


_RIGHT_ACT = _rx(
    r"^(?:'s?\s+(?:(?:long-?standing|continued|continuing|generous|strong|close|valuable)\s+)?"
    r"(?:government|authorities|officials|delegation|ministry|ministries|minister|president|"
    r"embassy|ambassador|permanent\s+mission|national|support|contribution|funding|commitment|request|willingness|"
    r"partnership|cooperation|co-operation|engagement|assistance|leadership)\b"
    r"|\s*(?:-|\u2013)\s*(?:funded|financed|sponsored|supported|led|hosted)\b"
    r"|\s+(?:government|authorities|officials|delegation|delegates|representatives|experts)\b"
    # French and Portuguese commitments: "les États-Unis sont engagés à", "os Estados Unidos estão empenhados em"
    r"|\s+(?:est|sont|reste|restent|está|estão|continua|continuam)\s+(?:(?:fermement|pleinement|totalmente|"
    r"plenamente|firmemente)\s+)?(?:engagée?s?|déterminée?s?|empenhad[oa]s?|comprometid[oa]s?)\s+(?:à|a|em)\b"
    r"|\s+(?:s'engage(?:nt)?|compromete(?:m)?-se)\b"
    # French and Portuguese acts: "le Niger a accueilli la réunion", "le Mali a demandé", "Cabo Verde assinou"
    r"|\s+(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+|officiellement\s+|depuis\s+|déjà\s+|récemment\s+|"
    r"ainsi\s+|notamment\s+|en\s+outre\s+|par\s+ailleurs\s+|de\s+son\s+côté\s+)?(?:accueilli|organisé|co-?organisé|"
    r"fourni|offert|"
    r"signé|demandé|sollicité|ratifié|adopté|participé|pris\s+part|reçu|bénéficié|lancé|présenté|déployé|"
    r"désigné|soumis|approuvé|rejoint|adhéré|formulé|annoncé|promis|versé|apporté|contribué|financé|réitéré|"
    r"réaffirmé)\b"
    r"|\s+(?:accueille|accueillent|organise|organisent|signe|signent|participe|participent|demande|demandent|"
    r"ratifie|ratifient|lance|lancent|présente|présentent|soutient|soutiennent|appuie|appuient|accompagne|"
    r"accompagnent)\b(?!\s+(?:par|le\s+projet\s+de)\b)"
    r"|\s+(?:também\s+)?(?:acolheu|acolhe|organizou|organiza|assinou|assina|solicitou|solicita|ratificou|"
    r"adoptou|adotou|participou|participa|recebeu|beneficiou|lançou|apresentou|aderiu|enviou|apoia|apoiam|anunciou|"
    r"anunciaram|forneceu|doou|"
    r"apoiou|apoiaram|acompanha)\b"
    r"|\s+(?:will|would|shall)\s+(?:also\s+|further\s+|continue\s+to\s+)?(?:co-?)?(?:fund|finance|contribute|"
    r"provide|host|sign|donate|pledge)\b"
    r"|\s+(?:is|are|was|were|remains|remain|remained)\s+(?:(?:fully|firmly|very|strongly)\s+)?"
    r"(?:proud|pleased|happy|delighted|committed|honoured|honored|glad)\s+to\s+"
    r"(?:support(?:ing)?|(?:co-?)?fund(?:ing)?|(?:co-?)?financ(?:e|ing)|partner(?:ing)?|contribut(?:e|ing)|assist(?:ing)?|stand(?:ing)?|"
    r"help(?:ing)?|work(?:ing)?|host(?:ing)?|continu(?:e|ing))\b"
    r"|\s+(?:has|have|had)\s+(?:also\s+)?(?:funded|financed|provided|supported|signed|ratified|hosted|requested|"
    r"pledged|committed|contributed|donated|adopted|established|joined|agreed|launched|taken|made|shown|"
    r"demonstrated|decided|chosen|enacted|amended|approved|endorsed|been\s+(?:a\s+)?(?:key|strong|long-?standing|generous)?\s*(?:partner|donor|supporter))\b"
    # the state at work on its own policy: "Ethiopia is finalizing its national strategy", "Mozambique is
    # strengthening its border management"
    r"|\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|also\s+|actively\s+)?"
    r"(?!facing|experiencing|suffering|losing|hosting\s+its\s+(?:share|population))[a-z]+ing\s+(?:its|their)\b"
    # "Germany is the largest donor to ...", "the Netherlands is a long-standing partner of UNODC"
    r"|\s+(?:is|was|remains|has\s+been)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:partners?|donors?|supporters?|contributors?|funders?)\b"
    r"|\s+(?:will\s+|would\s+|also\s+|further\s+|continues\s+to\s+|continued\s+to\s+)?"
    r"(?:co-?)?"  # "Morocco and Spain co-hosted", "co-chaired", "co-sponsored"
    r"(?:funds|funded|finances|financed|hosts|hosted|host|signs|signed|requests|requested|pledges|pledged|"
    r"commits|committed|contributes|contributed|provides|provided|supports|supported|supporting|ratifies|ratified|"
    r"joins|joined|agrees|agreed|welcomes|welcomed|expressed|reaffirmed|presented|shared|participates|"
    r"participated|took\s+part|attended|announced|donates|donated|launched|adopted|established|created|"
    r"appreciated|thanked|sponsored|organi[sz]ed|co-?organi[sz]ed|nominated|deployed|seconded|offered|"
    r"benefits|benefited|benefitted|received|receives|requested|chairs|chaired|leads|led|initiated|"
    r"delivered|trained|allocated|submitted|reported|briefed|invited|endorsed"
    # the present of a plural subject, as in titles: "UNDP and Mauritania launch ...", "UNODC and Uganda strengthen ..."
    r"|launch|sign|agree|join|commit|pledge|renew|strengthen|reinforce|enhance|boost|deepen|expand|step\s+up|"
    r"team\s+up|partner|cooperate|collaborate|discuss|review|adopt|establish)\b"
    r"(?!\s+(?:by|through|under)\b))",  # "a training in Mozambique funded by Japan": a passive, not Mozambique
    re.IGNORECASE,
)
#: Lower-case adjectives inside French and Portuguese names ("l'Union européenne", "les Nations unies").
_NAME_ADJ = (r"(?:europ[ée]enne|europ[ée]en|africaine|africain|unies|internationale|international|mondiale|"
             r"mondial|islamique|arabe|ouest-africaine|f[ée]d[ée]rale|europeia|africana|unidas|internacional|"
             r"mundial|federal)")
#: The earlier items of an enumeration of names, up to the separator before the current one
#: (capitalised words, acronyms in brackets and connectors only: "IGAD Member States, ").
_LIST_TAIL = _rx(
    r"(?:(?:the\s+|l'|la\s+|le\s+|o\s+|a\s+|pel[oa]s?\s+|par\s+(?:le\s+|la\s+|l')?|por\s+)?"
    r"(?:[A-Z\u00C0-\u00DE][\w'\-.]*|\([A-Z][\w\-/]{1,14}\))"
    r"(?:\s+(?:(?:of|for|on|and|the|de|du|des|d'|da|do|dos|das)\s+)*(?:[A-Z\u00C0-\u00DE][\w'\-.]*|"
    r"\([A-Z][\w\-/]{1,14}\)|" + _NAME_ADJ + r"))*"
    r"\s*(?:,\s*(?:and\s+|plus\s+|as\s+well\s+as\s+|et\s+|e\s+)?|\s+(?:and|plus|as\s+well\s+as|et|e)\s+)"
    r"(?:the\s+|l'|la\s+|le\s+|du\s+|de\s+la\s+|des\s+|o\s+|a\s+|do\s+|da\s+|pel[oa]s?\s+|"
    r"par\s+(?:le\s+|la\s+|l')?|por\s+)?)+$"
)
_LOCATIVE = _rx(r"\b(?:in|at|across|throughout|within|around|near|inside|to|into|visit\s+to|"
                r"border\s+areas\s+of|parts\s+of|regions?\s+of|areas?\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)

#: Heads after a demonym that make the state act; people/body heads join the surface.
_DEMONYM_PEOPLE = _rx(
    r"^(\s+(?:(?!and\b|or\b|of\b)[a-z][a-z\-]+\s+){0,2}?(?i:government|authorities|officials|officers|delegation|delegations|delegates|"
    r"minister|deputy\s+minister|prime\s+minister|foreign\s+minister|ambassador|president|vice-president|"
    r"head\s+of\s+state|attorney[\s-]general|chief\s+justice|official|officer|representative|envoy|consul|"
    r"high\s+commissioner|charg[ée]\s+d['\u2019]affaires|"
    r"experts|representatives|participants|counterparts|ministers|ministry|ministries|judges|prosecutors|"
    r"magistrates|investigators|police\s+officers|practitioners|parliamentarians|diplomats|embassy|presidency|"
    r"state\s+ministers?|state|side|team|authority|forces|armed\s+forces|security\s+forces|defence\s+forces|military|army|navy|"
    r"administration|civil\s+servants|trainees|counterpart|institutions))\b",
)
_FR_PEOPLE_BEFORE = _rx(
    r"\b(?:autorit[ée]s|repr[ée]sentante?s?|d[ée]l[ée]gations?|gouvernement|magistrats?|officiers?|fonctionnaires?|"
    r"expert(?:e|es|s)?|responsables?|homologues?|minist[eè]res?|autoridades|representantes?|"
    r"delega[çc](?:[õo]es|[ãa]o)|governo|magistrad[oa]s?|oficiais|(?<!ngua\s)(?<!idioma\s)(?<!visita\s)oficial|funcion[áa]ri[oa]s?|perit[oa]s?|hom[óo]log[oa]s?|"
    r"minist[ée]rios?|"
    # the professions of a state's officials: "magistrats, enquêteurs et analystes sénégalais"
    + _PROFESSIONS + r")"
    # an adjective between ("autorités judiciaires sénégalaises") and an earlier demonym of a pair
    # ("autorités sénégalaises et gambiennes")
    r"(?:\s+(?:judiciaires|s[ée]curitaires|militaires|polici[èe]res|douani[èe]res|p[ée]nitentiaires|comp[ée]tentes|"
    r"nationa(?:les|ux)|locales|locaux|administratives|gouvernementa(?:les|ux)|frontali[èe]res|consulaires|"
    r"diplomatiques|judiciais|policiais|militares|competentes|nacionais|locais|aduaneir[oa]s|governamentais|"
    r"migrat[óo]ri[oa]s|fronteiri[çc]+[oa]s))?"
    r"(?:\s+[a-zà-ÿ\-]+(?:aises|ais|ois|oises|iennes|iens|éennes|éens|aines|ains|anes|ans|anos|anas|enses|eses|esas|"
    r"inas|inos|ites|otes)\s+(?:et|e))?"
    r"\s+(?:et\s+|e\s+)?$", re.IGNORECASE)
_DEMONYM_SUPPORT = _rx(
    r"^\s+(?:(?:generous|financial|kind)\s+)?(?:funding|financing|funds|support|contribution|contributions|"
    r"donation|grant|assistance|cooperation|co-operation|partners?|donors?|aid|development\s+cooperation)\b"
    r"|^\s*[-\u2010\u2011]\s*(?:funded|financed|sponsored|supported)\b",  # "the Danish-funded project"
    re.IGNORECASE,
)
#: A French or Portuguese support noun before a demonym: "le soutien japonais", "o apoio norte-americano" (as
#: "Japanese support"; group 1 is the noun, group 2 a financial adjective).
_FR_SUPPORT_BEFORE = _rx(
    r"\b(soutien|appui|concours|financement|contribution|apoio|financiamento|contribui[çc][ãa]o)"
    r"(?:\s+(financier|financeiro|technique|t[ée]cnico|g[ée]n[ée]reux|generoso))?\s+$", re.IGNORECASE)
#: Titles of one person after a demonym ("the Norwegian Ambassador"): the surface is the demonym alone.
_PERSON_TITLE = _rx(r"(?i:minister|ambassador|president|head\s+of\s+state|attorney[\s-]general|chief\s+justice|"
                    r"envoy|consul|high\s+commissioner|charg[ée]\s+d['\u2019]affaires)\s*$")
_DEMONYM_NAME = _rx(r"^(\s+(?:Cooperation|Development\s+Cooperation|Government|Authorities|Presidency))\b")


_WS = _rx(r"\s+")


#: The last text and its translation, as one tuple (replaced whole, so threads never see a mix).
_apos_last: tuple[str, str] = ("", "")


def _apos(text: str) -> str:
    """``text`` with curly apostrophes made straight (same length), computed once per text."""
    global _apos_last
    last = _apos_last
    if last[0] is text:
        return last[1]
    out = replace_chars(text, _APOS)
    _apos_last = (text, out)
    return out


def _squash(seg: str) -> str:
    """Runs of white space as one space (skipped when there is nothing to squash).

    White space other than the space is not printable, so the cheap test finds every string
    in which ``\\s\\s|[^\\S ]`` matches (and a few with other control characters, which the
    substitution leaves as they are).
    """
    return _WS.sub(" ", seg) if "  " in seg or not seg.isprintable() else seg


#: A full stop that ends an abbreviation, not the sentence before a mention ("funded by the U.S. Department of
#: State and by ...", "Mr. Ali").
_ABBREV_END = _rx(r"(?:\b[A-Z]|\b(?:Mr|Ms|Dr|St|No|Mrs))$")


def _left(text: str, start: int, n: int = 120) -> str:
    seg = _apos(text)[max(0, start - n):start]
    cut = max(seg.rfind("\n"), seg.rfind("; "))
    dot = seg.rfind(". ")
    while dot > cut and _ABBREV_END.search(seg, 0, dot):
        dot = seg.rfind(". ", 0, dot)
    cut = max(cut, dot)
    seg = seg[cut + 1:] if cut >= 0 else seg
    return _squash(seg)


def _right(text: str, end: int, n: int = 120) -> str:
    seg = _apos(text)[end:end + n]
    cut = seg.find("\n")
    seg = seg[:cut] if cut >= 0 else seg
    return _squash(seg)


#: A channel in apposition after a name: ", through its embassy,", ", à travers son ambassade,", ", através do Camões,".
_CHANNEL_APPOSITION = _rx(r",\s+(?:(?:through|via|à\s+travers|par\s+l'interm[ée]diaire\s+d[eu']|atrav[ée]s\s+d[oae]s?|"
                          r"por\s+interm[ée]dio\s+d[oae]s?)\s+[^,.;:()]{1,60}?"
                          # or a role: "La Suède, partenaire de longue date, a annoncé", "Japan, a key
                          # partner of IGAD, has funded"
                          r"|(?:a|an|the|one\s+of\s+the|un|une|le|la|l'|um|uma|o)?\s*(?:[\w\-]+\s+){0,3}?"
                          r"(?:partner|partenaire|parceiro|donor|donateur|doador|supporter|contributor|friend|ami|"
                          r"chair|co-chair|president|présidence|presidente)s?\b[^,.;:()]{0,40}?),")
_OWNER_BEFORE = _rx(r"(?:\)|\b[A-Z][\w\-]*)\s+(?:of|du|de|do|da)\s+(?:the\s+|la\s+|l')?$")
_ENVOY_TO = _rx(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Consul|Charg[ée]\s+d['\u2019]Affaires|"
                r"Permanent\s+Representative)\b[^.;:]{0,60}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: Prepositions before a place: "in Kenya", "au Mali", "no Brasil".
PLACE_PREPOSITIONS = r"in|at|inside|within|en|au|aux|à|dans|em|no|na|nos|nas"
_IN_PLACE = _rx(rf"\b(?:{PLACE_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)


_LEAD_ARTICLE = _rx(r"(?:the|l'|la|le|o|a|pel[oa]s?|par(?:\s+(?:le|la|l'))?)(?:\s+|(?<='))")


def thanked(text: str, start: int) -> bool:
    """True when the name at ``start`` is thanked, alone or as an item of a list.

    Examples
    --------
    >>> t = "He thanked the European Union and the Federal Republic of Germany for their partnership."
    >>> thanked(t, t.index("European")), thanked(t, t.index("Federal"))
    (True, True)
    >>> t = "Elle a remercié le Gouvernement pour son leadership ainsi que la Suède et l'Allemagne."
    >>> thanked(t, t.index("Suède")), thanked(t, t.index("Allemagne")), thanked("Kenya thanked them.", 0)
    (True, True, False)
    """
    left = _left(text, start)
    low = left.lower()
    if not any(w in low for w in _THANK_STEMS):
        return False  # (most names: no thanks before them)
    if _THANKED.search(left):
        return True
    tail = _LIST_TAIL.search(left)
    if not tail or tail.start() == 0:
        return False
    art = _LEAD_ARTICLE.match(left, tail.start())
    return _THANKED.search(left[:tail.start()]) is not None or bool(art and _THANKED.search(left[:art.end()]))


def country_acts(text: str, start: int, end: int, kind: str) -> bool:
    """True when the country named at ``text[start:end]`` acts (GUIDELINES §2).

    Parameters
    ----------
    text : str
    start, end : int
        Span of the country name.
    kind : str
        ``place`` (the country's name) or ``official`` ("Kingdom of Morocco").

    Examples
    --------
    >>> country_acts("officials from Kenya attended", 15, 20, "place")
    True
    >>> country_acts("a workshop held in Kenya.", 19, 24, "place")
    False
    >>> country_acts("Kenya hosted the meeting.", 0, 5, "place")
    True
    >>> country_acts("The Chief of Mission in Kenya hosted the meeting.", 23, 28, "place")
    False
    """
    left, right = _left(text, start), _right(text, end)
    if _left_act(left):
        return True
    skip = _CHANNEL_APPOSITION.match(right)
    if skip is not None and _RIGHT_ACT.search(right[skip.end():]):
        return True  # "Le Japon, à travers son ambassade, a financé ...", "Japan, through JICA, has provided"
    if _RIGHT_ACT.search(right) and not (
            (_IN_PLACE.search(left) or _ENVOY_TO.search(left)) and not right.startswith("'")) and not (
            _OWNER_BEFORE.search(left) and not right.startswith("'")):
        # (nor the country an envoy is posted to: "the Ambassador of Japan to Sri Lanka attended")
        # (not a place the subject is in: "The IOM Chief of Mission in Angola welcomed ..."; not the
        # country of a body just named: "La Haute Autorité ... (HACP) du Niger a participé")
        return True
    # an item of a list whose head acts: "support IGAD plus Tanzania", "delegates from the
    # IGAD Member States, Tanzania", "between the Republic of Mozambique and the United Republic of"
    tail = _LIST_TAIL.search(left)
    if not tail or tail.start() == 0:
        return False
    if _left_act(left[:tail.start()]):
        return True
    # the list's first article may belong to the cue: "financiado pelo Japão, pela Noruega"
    art = _LEAD_ARTICLE.match(left, tail.start())
    return bool(art and _left_act(left[:art.end()]))


def demonym_start(text: str, start: int) -> int:
    """Where a French or Portuguese demonym phrase starts: the noun before it ("autorités sénégalaises").

    Examples
    --------
    >>> t = "avec les autorités sénégalaises"
    >>> t[demonym_start(t, 19):]
    'autorités sénégalaises'
    >>> t = "les autorités judiciaires sénégalaises et gambiennes"
    >>> t[demonym_start(t, t.index("sénégalaises")):t.index(" et")], t[demonym_start(t, t.index("gambiennes")):]
    ('autorités judiciaires sénégalaises', 'gambiennes')
    """
    m = _FR_PEOPLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None or re.search(r"\s(?:et|e)\s+$", text[m.start():start]):
        return start  # the second of a pair keeps its own word: "autorités sénégalaises et gambiennes"
    return m.start()


def demonym_extent(text: str, start: int, end: int) -> tuple[bool, int]:
    """Whether a demonym at ``text[start:end]`` marks the state acting, and the surface end.

    "Mozambican officials" acts and the surface takes the head noun; "German funding"
    or "Norwegian support" acts with the bare demonym; "Kenyan border" does not act.

    Examples
    --------
    >>> t = "Mozambican officials met"
    >>> demonym_extent(t, 0, 10)
    (True, 20)
    >>> demonym_extent("the Kenyan border", 4, 10)
    (False, 10)
    >>> demonym_extent("with German funding", 5, 11)
    (True, 11)
    >>> demonym_extent("the Norwegian Ambassador said", 4, 13)
    (True, 13)
    """
    if _FR_PEOPLE_BEFORE.search(text, max(0, start - 60), start) or _FR_SUPPORT_BEFORE.search(
            text, max(0, start - 40), start):
        # French/Portuguese word order: "autorités tchadiennes", "oficiais moçambicanos", "le soutien japonais"
        return True, end
    rest = text[end:end + 80].replace("\n", " ")
    m = _DEMONYM_NAME.match(rest) or _DEMONYM_PEOPLE.match(rest)
    if m:
        if _PERSON_TITLE.search(m.group(1)):
            return True, end  # "the Norwegian Ambassador": a person; the state is the demonym
        return True, end + len(m.group(1).rstrip())
    if _DEMONYM_SUPPORT.match(rest):
        return True, end
    return False, end


# ----------------------------------------------------------------------------- donors

#: Words of praise or amount between a French or Portuguese donor noun and its payer: "le soutien financier
#: complémentaire du Japon", "la contribution généreuse du Danemark", "apoio financeiro adicional da Noruega".
_FR_PRAISE = (r"(?:compl[ée]mentaire|additionnel(?:le)?|suppl[ée]mentaire|g[ée]n[ée]reu(?:x|se)|pr[ée]cieu(?:x|se)|"
              r"important(?:e)?|constant(?:e)?|continu(?:e)?|adicional|generos[oa]|valios[oa])")
_DONOR_LEFT = [
    ("explicit_financial", gated(
        r"(?:\b(?:funded|financed|sponsored|co-?funded|co-?financed|paid\s+for|bankrolled)\s+(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?by"
        r"|\b(?:supported|backed|assisted)\s+financially\s+by"
        r"|\b(?:financial|generous\s+financial|technical\s+and\s+financial|financial\s+and\s+technical|material)"
        r"\s+(?:support|contribution|contributions|assistance|backing)\s+(?:of|from|by|provided\s+by)"
        r"|\b(?:funding|financing|grant|grants|donation|donations|contribution|contributions|funds|"
        r"generous\s+contribution|generous\s+contributions|generous\s+funding|generous\s+donation)"
        r"\s+(?:from|of|by|provided\s+by|made\s+available\s+by)"
        r"|\b(?:financing|funding)\s+of\s+[^.;]{0,80}?\b(?:carried\s+out|provided|conducted|made|given)\s+by"
        # "funded by the United States, through the State Department's Bureau ..., and by the"
        r"|\b(?:funded|financed|sponsored|co-?funded|co-?financed)\s+(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?by\s+"
        r"(?:(?!\b(?:implemented|organi[sz]ed|conducted|delivered|led|hosted|run|carried\s+out)\b)[^;]){1,140}?"
        r",?\s+and\s+(?:also\s+)?by"
        # "the equipment ... was provided by the British High Commission"
        r"|\b(?:equipment|vehicles|boats|kits|computers|scanners|materials?|furniture|supplies|motorcycles|radios|"
        r"software|hardware|licen[cs]es|servers|laptops|devices|drones|uniforms|detectors|machines|tablets|printers|"
        r"cameras|generators|scanners)\b"
        r"(?:(?!\b(?:that|which|with|support)\b)[^.;]){0,80}?\b(?:provided|supplied)\s+"
        r"(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?by"
        # "equipment donated by", "donated to the United Nations by the Government of the Netherlands"
        r"|\b(?:donated|gifted|handed\s+over|offered)\s+(?:to\s+[^.;]{1,50}?\s+)?by"
        # "funded by the people of Japan", "the travel costs were covered by", "additional resources from"
        r"|\b(?:funded|financed|sponsored|paid\s+for|funding|contribution|grant|support)\s+(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?(?:by|from|of)\s+"
        r"the\s+(?:\w+\s+)?(?:people|taxpayers|citizens)\s+of"
        r"|\bcosts?\s+(?:[^.;]{0,80}?\s+)?(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+(?:fully\s+|partly\s+)?"
        r"(?:covered|met|borne|paid)\s+by"
        r"|\b(?:additional\s+|financial\s+)?resources\s+(?:from|provided\s+by|made\s+available\s+by)"
        # "financial support for the module came from", "a donation of analytical software licences from"
        r"|\b(?:financial\s+support|funding|financing|funds|contributions?|grants?)"
        r"(?:\s+for\s+[^.;]{1,80}?)?\s+(?:comes?|came|is\s+coming|was\s+received)\s+from"
        r"|\b(?:donation|grant|gift)\s+of\s+(?![\d$\u20ac\u00a3])[^.;]{1,60}?\s+from"
        # "contributions to GCERF from", "funding for the session was provided by"
        r"|\b(?:contributions?|funding|grants?|donations?)\s+to\s+(?:the\s+)?[A-Z][^.;]{0,60}?\s+from"
        r"|\b(?:funding|financing|funds)\s+(?:for\s+[^.;]{1,80}?\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+"
        r"(?:generously\s+)?(?:provided|made\s+available)\s+by"
        # "with complementary funding provided to UNOCT by the Kingdom of Saudi Arabia"
        r"|\b(?:funding|financing|funds|contributions?|grants?)\s+(?:provided|made\s+available|given)\s+"
        r"(?:to\s+[^.;]{1,40}?\s+)?by"
        # "a contribution of US$ 2.5 million from", "a grant of EUR 3 million by"
        r"|\b(?:contribution|contributions|grant|donation|funding|financing|pledge)\s+(?:of|worth|totall?ing)\s+"
        r"(?:some\s+|about\s+|over\s+|more\s+than\s+)?(?:[A-Z]{2,3}\$?\s?|[$\u20ac\u00a3]\s?)?\d[\d.,]*\s*"
        r"(?:million|billion|thousand|m|bn)?\s*(?:(?:US\s+)?dollars|euros?|pounds|francs|yen|kroner|kronor|"
        r"[A-Z]{3})?\s+(?:from|by|provided\s+by)"
        r"|\bfinanc[ée]e?s?\s+par|\bcofinanc[ée]e?s?\s+par|\b(?:accord|octroy|allou)[ée]e?s?\s+par"
        # a fund or an instrument of the payer: "funded by the Emergency Trust Fund of the European Union",
        # "financé par le Fonds fiduciaire d'urgence de l'Union européenne", "financiado pelo Fundo ... da"
        r"|\b(?:funded|financed|co-?funded|co-?financed)\s+(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?(?:by|through|from|under)\s+(?:the\s+)?"
        r"(?:[A-Z][\w'\-]*\s+){0,5}?(?:Trust\s+Fund|Fund|Facility|Instrument)(?:\s+for\s+[A-Z][\w\-]*)?\s+of"
        # "le soutien apporté par l'Allemagne au programme", "o apoio prestado pelo Japão"
        r"|\b(?:soutien|appui|contribution|financement|apoio|contribui[çc][ãa]o|financiamento)\s+(?:financi[eè]re?\s+|"
        r"financeiro\s+)?(?:apport[ée]e?|fourni|accord[ée]e?|prestado|concedido|dado)\s+(?:par|pel[oa]s?)"
        r"|\b(?:co-?)?financiad[oa]s?\s+e\s+(?:gerid|executad|implementad)[oa]s?\s+(?:por|pel[oa]s?)"
        # "financé à hauteur de 3,2 millions de dollars par le Gouvernement du Japon"
        r"|\b(?:co-?)?financ[ée]e?s?\s+(?:(?:à\s+hauteur|pour\s+un\s+montant)\s+d[e'][^.;]{1,60}?\s+)?par"
        r"|\b(?:co)?financ[ée]e?s?\s+(?:par|à\s+travers|au\s+titre\s+d[eu])\s+(?:le\s+|la\s+|l')?"
        # (or its programme: "financée par le Programme d'aide ... (PARCA) d'Affaires mondiales Canada")
        r"(?:Fonds|Facilit[ée]|Instrument|Programme)\b(?:[^.;()]|\([A-Z][A-Za-z]{1,11}\)){0,100}?(?:\s+(?:de|du|des)|\s+d')"
        r"|\b(?:co-?)?financiad[oa]s?\s+(?:por|pel[oa]s?|atrav[ée]s\s+d[oa])\s+(?:o\s+|a\s+)?"
        r"(?:Fundo|Facilidade|Instrumento|Programa)\b(?:[^.;()]|\([A-Z][A-Za-z]{1,11}\)){0,100}?\s+(?:de|do|da|dos|das)"
        # "une contribution de 2 millions d'euros du", "um financiamento de 1,5 milhões de dólares do"
        r"|\b(?:contribution|financement|don|subvention|contribui[çc][ãa]o|financiamento|doa[çc][ãa]o)\s+de\s+"
        r"(?:plus\s+de\s+|mais\s+de\s+)?\d[\d.,\s]*\s*(?:millions?|milliards?|milh[õo]es|mil|bilh[õo]es)?\s*"
        r"(?:d'|de\s+)?(?:euros?|dollars?|francs?|d[óo]lares|USD|EUR|FCFA|US\$|\$|\u20ac)?\s*"
        r"(?:américains\s+|americanos\s+)?(?:du|de\s+la|de\s+l'|des|de|d'|do|da|dos|das)"
        r"|\b(?:soutien|appui|concours|contribution)\s+(?:" + _FR_PRAISE + r"\s+)?financi[eè]re?\s+(?:"
        + _FR_PRAISE + r"\s+)?(?:de|du|des)"
        r"|\b(?:financements?|contributions?)\s+(?:" + _FR_PRAISE + r"\s+)?(?:de|du|des)"
        r"|\b(?:co-?)?financiad[oa]s?\s+(?:por|pel[oa]s?)|\bapoio\s+financeiro\s+(?:" + _FR_PRAISE + r"\s+)?(?:de|do|da|dos|das)"
        r"|\bfinanciamento\s+(?:de|do|da|dos|das)|\bcontribui[çc][ãa]o\s+(?:" + _FR_PRAISE + r"\s+)?(?:de|do|da|dos|das)"
        # gifts: "equipamento de comunicação doado pelo Governo do Japão", "des kits offerts par le Japon",
        # "des kits d'enregistrement fournis par l'Union européenne"
        r"|\b(?:doad[oa]s?|oferecid[oa]s?|offert(?:e|s|es)?)\s+(?:hoje\s+|ce\s+jour\s+)?(?:por|pel[oa]s?|par)"
        r"|\b(?:[ée]quipements?|mat[ée]riels?|kits|v[ée]hicules|ordinateurs|motos|radios|scanners|logiciels|machines|"
        r"appareils|lecteurs|equipamentos?|materia(?:l|is)|viaturas|ve[íi]culos|computadores|embarca[çc][õo]es|r[áa]dios|"
        r"m[áa]quinas|aparelhos|leitores)\b"
        r"(?:(?!\b(?:qui|que|avec|com|grâce)\b)[^.;]){0,80}?\b(?:fourni|livr[ée]|achet[ée]|acquis|"
        r"fornecid[oa]|adquirid[oa]|comprad[oa])(?:e|s|es)?\s+(?:par|por|pel[oa]s?)"
        r"|\b(?:(?:funded|financed|co-?funded|co-?financed)\s+by|(?:contributions?|funding|financing|grants?)\s+from)"
        r"\s+" + _PAYERS_INCLUDING +
        # "The donors of the programme include the European Union, Japan and ..."
        r"|" + _DONORS_INCLUDE + r")"
        # (French elides "de" before a vowel: "... d'Affaires mondiales Canada")
        r"(?:\s+(?:the\s+|l'|la\s+|le\s+|les\s+|o\s+|a\s+)?|(?<=\sd['\u2019]))(?:Governments\s+of\s+(?:the\s+)?)?$",
        re.IGNORECASE)),
    ("support_formula", gated(
        r"(?:\b(?:with|thanks\s+to|through|made\s+possible\s+(?:by|through|thanks\s+to|with)|benefits?\s+from|"
        r"benefited\s+from|benefitted\s+from)\s+(?:the\s+)?(?:generous\s+|kind\s+|continued\s+|continuous\s+|valuable\s+|"
        r"longstanding\s+|long-standing\s+|ongoing\s+|steadfast\s+|"
        r"additional\s+|further\s+|financial\s+and\s+technical\s+|technical\s+and\s+financial\s+)*"
        r"(?:support|backing|assistance)\s+(?:of|from)"
        r"|\bsupported\s+by"
        # "GCERF is supported by governments including Canada, France ...": the list that follows pays
        r"|\b(?:supported|backed)\s+by\s+" + _PAYERS_INCLUDING +
        r"|\b(?:support|assistance)\s+(?:for\s+[^.;]{1,80}?\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+"
        r"(?:generously\s+)?provided\s+by"
        r"|\b(?:avec|grâce\s+à)\s+(?:le\s+|l')?(?:soutien|appui)\s+(?:de|du|des)|\bappuy[ée]e?s?\s+par|\bsoutenue?s?\s+par"
        # "l'activité a bénéficié du soutien du Royaume des Pays-Bas", "a atividade contou com o apoio de"
        r"|\bb[ée]n[ée]fici[ée]e?s?\s+(?:du|de\s+l')\s*(?:soutien|appui|concours)\s+(?:technique\s+et\s+)?(?:de|du|des)"
        r"|\bcontou\s+com\s+o\s+apoio\s+(?:t[ée]cnico\s+e\s+)?(?:de|do|da|dos|das)"
        r"|\b(?:com|gra[çc]as\s+ao)\s+(?:o\s+)?(?:(?:generoso|valioso|cont[íi]nuo|precioso|importante)\s+)?apoio\s+(?:de|do|da|dos|das)|\bapoiad[oa]s?\s+pel[oa]s?)"
        r"\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)),
]
_DONOR_RIGHT = [
    ("explicit_financial", _rx(
        # (the name's acronym may come between: "the United States Agency for International Development
        # (USAID) funds the programme")
        r"^(?:\s*\([^()]{1,15}\)(?=\s))?(?:'s\s+(?:generous\s+|financial\s+)*(?:funding|financing|financial\s+support|contribution|grant|donation)"
        r"|\s*(?:-|\u2013|\s)\s*(?:funded|financed|sponsored)\b(?!\s+(?:by|through|under)\b)"
        # (the owner of a body may stand between: "the Bureau of Counterterrorism of the United States Department
        # of State donated four all-terrain vehicles")
        r"|(?:\s+of\s+the\s+[A-Z][\w.\-]*(?:\s+(?:of\s+)?[A-Z][\w.\-]*){0,6}?)?"
        r"\s+(?:(?:has|have|also)\s+){0,2}(?:generously\s+)?(?:provided|provides|allocated|allocates|donated|donates|"
        r"contributed|contributes|granted|made\s+available|announced|pledged|pledges|committed|commits)"
        # (not "have committed to adopting a terrorist financing risk assessment": a policy, no money)
        r"(?!\s+to\s+(?!provid|fund|financ|contribut|donat|allocat|support)\w)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,6}?"
        r"(?:funding|funds|financing|financial|grant|equipment|material|contribution|resources|vehicles|boats|kits|"
        r"computers|scanners|tablets|laptops|motorbikes|motorcycles|software|licen[cs]es|uniforms|servers|drones|"
        r"radios|furniture|\w+\s+(?:euros?|dollars|usd|eur)"
        r"|(?:USD|US\$|EUR|GBP|CHF|NOK|SEK|DKK|JPY|CAD|AUD|\$|\u20ac|\u00a3)\s*[\d][\d.,]*)"
        r"|\s+(?:is|was|remains|has\s+been)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:donors?|funders?|contributors?)\b"
        # "Australia, Japan and the United Kingdom are among the donors whose contributions finance ..."
        r"|\s+(?:is|are|was|were)\s+among\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:donors|funders|contributors)\b"
        # a fund: "GCERF is proud to have invested in local organizations", "GCERF has invested in"
        r"|\s+(?:is\s+(?:proud|pleased)\s+to\s+have|has|have|had)\s+invested\s+in\b"
        r"|\s+(?:has\s+|have\s+|had\s+|also\s+|generously\s+|jointly\s+)*(?:funds|funded|finances|financed|"
        r"co-?funds|co-?finances|co-?funded|co-?financed|sponsors|sponsored)\b(?!\s+(?:by|through|under)\b)"
        # the payer's funding programme as the subject: "Global Affairs Canada's Counter-Terrorism Capacity
        # Building Program funded the deployment"
        r"|'s\s+(?:[A-Z][\w\-]*\s+){1,6}(?:Program|Programme|Fund|Facility|Instrument)\s+(?:has\s+|also\s+)?"
        r"(?:funded|financed|funds|finances|paid\s+for)\b"
        # what a state will pay, or is glad to pay: "the Netherlands would contribute EUR 1.5 million",
        # "the United Kingdom was pleased to co-fund a course"
        r"|\s+(?:will|would|shall)\s+(?:also\s+|further\s+|jointly\s+)?(?:co-?)?(?:fund|finance)\b"
        r"|\s+(?:will|would|shall)\s+(?:also\s+|further\s+)?(?:contribute|provide|allocate|donate|grant)\s+"
        r"(?:an?\s+|the\s+)?(?:additional\s+|further\s+)?(?:[\w\-]+\s+){0,3}?(?:funding|funds|financing|"
        r"(?:USD|US\$|EUR|GBP|CHF|NOK|SEK|DKK|JPY|CAD|AUD|\$|\u20ac|\u00a3)\s*[\d][\d.,]*)"
        r"|\s+(?:is|are|was|were|remains|remain|remained)\s+(?:proud|pleased|happy|delighted|glad|honou?red)\s+to\s+"
        r"(?:co-?)?(?:fund|financ)"
        # "L'Allemagne est fière d'avoir financé ce poste", "o Japão tem o orgulho de financiar"
        r"|\s+(?:est|sont|était)\s+(?:fi[eè]re?s?|heureu(?:x|se)s?|ravie?s?)\s+d['\u2019e]\s*(?:avoir\s+)?(?:co-?)?financ"
        r"|\s+(?:tem|t[êe]m)\s+o\s+orgulho\s+de\s+(?:ter\s+)?(?:co-?)?financ"
        # "the Governments of Sweden and the United Kingdom also contribute to the Facility"
        r"|\s+(?:also\s+)?contribute[sd]?\s+to\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:Facility|Fund|Trust\s+Fund)\b"
        # "a three-year GCERF grant to HAKI Africa": the grant's giver
        r"|\s+(?:grant|grants|funding|donation)\s+(?:of\s+[^.;]{1,40}?\s+)?to\b"
        # French and Portuguese: "le Japon a financé ce projet", "l'Allemagne a contribué à hauteur de",
        # "o Japão financiou", "a União Europeia contribuiu com 2 milhões"
        r"|\s+(?:a\s+|ont\s+|avait\s+|avaient\s+)?(?:également\s+|aussi\s+|généreusement\s+)?"
        r"(?:financ[ée]|cofinanc[ée]|finance|financent)\b(?!\s+(?:par|grâce)\b)"
        r"|\s+(?:a\s+|ont\s+)?(?:également\s+)?contribu[ée]\s+(?:à\s+hauteur\s+d[e']|pour\s+un\s+montant|"
        r"à\s+l['\u2019][ée]quipement|au\s+financement|"
        r"avec\s+(?:un\s+montant|une\s+somme)|financi[eè]rement)"
        r"|\s+(?:a\s+|ont\s+)?(?:également\s+|aussi\s+|en\s+outre\s+|par\s+ailleurs\s+)?(?:octroy[ée]|allou[ée]|accord[ée]|mis\s+à\s+disposition|fourni|offert|"
        r"d[ée]bloqu[ée]|annonc[ée]|promis|vers[ée]|apport[ée])\s+(?:[\w'\-]+\s+){0,4}?(?:financement|fonds|subvention|contribution|don|"
        r"[ée]quipements?|mat[ée]riel|v[ée]hicules|euros|dollars|FCFA)\b"
        r"|\s+(?:tamb[ée]m\s+)?(?:anunciou|anunciaram|concedeu|disponibilizou)\s+(?:um\s+|uma\s+)?(?:novo\s+|nova\s+)?"
        r"(?:apoio\s+financeiro|financiamento|contribui[çc][ãa]o|doa[çc][ãa]o|subven[çc][ãa]o)\b"
        r"|\s+(?:tamb[ée]m\s+)?(?:financiou|financia|financiam|financiaram|cofinanciou|co-financiou)\b"
        r"(?!\s+(?:por|pel[oa])\b)"
        r"|\s+(?:tamb[ée]m\s+)?contribuiu\s+com|\s+(?:disponibilizou|concedeu|atribuiu|alocou|forneceu|doou)\s+"
        r"(?:[\w\-]+\s+){0,4}?(?:financiamento|fundos|subven[çc][ãa]o|contribui[çc][ãa]o|equipamentos?|"
        r"materia(?:l|is)|ve[íi]culos|euros|d[óo]lares|meticais)\b"
    # "au soutien du Royaume d'Arabie saoudite, principal bailleur de l'UNCCT", "Japan, the main donor of the project"
    r"|,\s+(?:(?:le|son|its|the|their|o|seu|leur)\s+)?(?:principal|main|largest|major|premier|maior|biggest|lead)\s+"
    r"(?:bailleur|donor|donateur|contributor|contributeur|financeur|doador|financiador|funder)s?\b"
    # "the Government of Japan, whose funding to the UNDP regional programme supported ..."
    r"|,?\s+whose\s+(?:generous\s+)?(?:funding|financing|financial\s+support|contributions?|grants?)\b"
        # a fund that invests: "GCERF ... launched its second round of grants in Kenya, investing US$ 3.2 million"
        r"|(?:\s*\([^()]{1,15}\))?\s+(?:today\s+|has\s+|have\s+)?(?:launched|announced|approved|awarded|opened)\s+"
        r"[^.;]{0,80}?,\s+(?:investing|with\s+an\s+investment\s+of)\s+(?:US\$|USD|EUR|CHF|\$|\u20ac|\u00a3)"
        r"|(?:\s*\([^()]{1,15}\))?\s+(?:is\s+investing|will\s+invest|has\s+invested|invests|invested)\s+"
        r"(?:US\$|USD|EUR|CHF|\$|\u20ac|\u00a3)"
        # a fund that gives grants: "GCERF has approved a new round of grants"
        r"|(?:\s*\([^()]{1,15}\))?\s+(?:has\s+|have\s+)?(?:approved|awarded|disbursed)\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:new\s+)?(?:round\s+of\s+|series\s+of\s+)?(?:(?!"
        r"(?:implemented|organi[sz]ed|delivered|conducted|led|run|managed|executed|hosted|carried|held|"
        r"facilitated|coordinated|attended|opened|launched|chaired)\b)\w+\s+){0,2}?(?:grants?|funding|funds)\b)", re.IGNORECASE)),
    # equipment handed over: a donation when a government or a fund hands it over, not when an
    # implementing agency delivers what others paid for (the caller decides, as for the support formula)
    ("handover", _rx(
        r"^\s+(?:has\s+|have\s+)?(?:handed\s+over|entregou|entregaram|doou|doaram|ofereceu|a\s+remis|ont\s+remis|"
        r"a\s+offert|a\s+fait\s+don\s+d[e'])\s+(?:hoje\s+|today\s+|ce\s+jour\s+|aujourd'hui\s+)?[^.;]{0,80}?"
        r"\b(?:equipment|equipamentos?|material|materiais|[ée]quipements?|mat[ée]riels?|vehicles|v[ée]hicules|"
        r"ve[íi]culos|kits|embarca[çc][ãa]o|embarca[çc][õo]es|lanchas?|barcos?|boats?|vessels?|navios?|"
        r"esta[çc][õo]es|computadores|ordinateurs|v[ée]hicules?|bateaux|vedettes?)\b", re.IGNORECASE)),
    ("support_formula", _rx(
        r"^\s+(?:is|are|remains)\s+(?:proud|pleased|happy|delighted|honou?red|glad)\s+to\s+(?:support|fund|finance)\b"
        r"|^\s+(?:has\s+|also\s+)?(?:supported|supports)\s+(?:the|this)\s+(?:project|programme|program|initiative|"
        r"activity|activities|training|workshop|event|course|participation|attendance|travel|costs?)"
        # "le Japon a soutenu ce projet", "a Noruega apoiou o projecto"
        r"|^\s+(?:a\s+|ont\s+)?(?:également\s+)?(?:soutenu|appuyé|soutient|soutiennent|appuie|appuient)\s+"
        r"(?:le|ce|cette|cet|les|ces|la)\s+(?:projet|programme|initiative|activité|activités|formation|atelier)"
        r"|^\s+(?:também\s+)?(?:apoiou|apoiaram|apoia|apoiam)\s+(?:o|este|esta|a|os|as|estes|estas)\s+"
        r"(?:projecto|projeto|programa|iniciativa|actividade|atividade|actividades|atividades|formação|seminário)"
        r"|^(?:\s*\([^()]{1,15}\))?\s+(?:and\s+(?:the\s+)?[^.;,]{1,60}?\s+)?(?:jointly\s+)?(?:support|supports|supported)"
        r"\s+the\s+(?:Government|Governments|authorities|national\s+authorities)\b"
        r"|^\s+(?:a\s+)?(?:appuie|soutient|accompagne|appuyé|soutenu|accompagné|apoia|apoiou|acompanha)\s+"
        r"(?:le\s+gouvernement|les\s+autorités|o\s+governo|as\s+autoridades)\b", re.IGNORECASE)),
]
_THANK_LEFT = gated(r"\b(?:thank|thanks|thanked|thanking|grateful\s+to|gratitude\s+to|appreciation\s+to|"
                    r"remercie|remercié|agradece|agradeceu)\s+"
                    # the earlier items of a list of those thanked: "thanked UNODC and the United States for"
                    # (and in French and Portuguese: "remercie le Japon et l'", "agradece ao Reino dos Países
                    # Baixos e à")
                    r"(?:(?:the\s+|l')?[A-Z][\w.\-]*(?:\s+(?:(?:of|de|du|des|do|da|dos|das)\s+)?[A-Z][\w.\-]*){0,5}"
                    r"\s*(?:,\s*(?:and\s+|et\s+|e\s+)?|\s+(?:and|et|e)\s+))*"
                    r"(?:the\s+|l'|la\s+|le\s+|les\s+|au\s+|aux\s+|à\s+(?:la\s+|l')?|o\s+|a\s+|os\s+|"
                    r"as\s+|ao\s+|aos\s+|às?\s+)?$", re.IGNORECASE)
_THANK_RIGHT = _rx(
    r"^(?:\s*\([^()]{1,15}\))?"
    # the later items of the list: "remercie le Japon et l'Union européenne pour leur soutien"
    r"(?:\s*(?:,\s*(?:and\s+|et\s+|e\s+)?|\s+(?:and|et|e)\s+)(?:the\s+|l'|la\s+|le\s+|les\s+|au\s+|aux\s+|"
    r"à\s+(?:la\s+|l')?|o\s+|a\s+|os\s+|as\s+|ao\s+|aos\s+|às?\s+)?[A-Z][\w.\-]*"
    r"(?:\s+(?:(?:of|de|du|des|do|da|dos|das)\s+)?[A-Z][\w.\-]*){0,5}(?:\s*\([^()]{1,15}\))?){0,4}"
    r"\s+(?:for|pour|pelo|pela)\s+(?:(?:its|their|the|son|leur|o|a|seu|sua)\s+)?"
    r"(?:generous\s+|continued\s+|continuous\s+|kind\s+|valuable\s+|g[ée]n[ée]reux\s+)*"
    r"(?:(financial\s+support|funding|financing|contribution|contributions|donation|financement|"
    r"financiamento|contribui[çc][ãa]o|soutien\s+financier|appui\s+financier|apoio\s+financeiro)"
    r"|support|soutien|appui|apoio)\b", re.IGNORECASE)
_DEMONYM_DONOR = _rx(
    r"^\s+(?:(?:generous|financial)\s+)?(?:funding|financing|funds|financial\s+support|contribution|contributions|"
    r"donation|grant|support)\b", re.IGNORECASE)


def donor_cue(text: str, start: int, end: int, *, demonym: bool = False) -> tuple[str, str] | None:
    """The donor cue around a mention: ``(basis, evidence)`` or None.

    ``basis`` is ``explicit_financial`` or ``support_formula`` (GUIDELINES §4), or ``handover``
    (equipment handed over, explicit financial support when a government or fund hands it over);
    ``evidence`` is the phrase with the mention.

    Examples
    --------
    >>> t = "The project is funded by the European Union."
    >>> donor_cue(t, 29, 43)
    ('explicit_financial', 'funded by the European Union')
    >>> donor_cue("an EU-funded project", 3, 5)
    ('explicit_financial', 'EU-funded')
    >>> donor_cue("financé par l'Union européenne", 14, 31)[0]
    'explicit_financial'
    >>> donor_cue("com o apoio do Japão", 15, 20)
    ('support_formula', 'com o apoio do Japão')
    """
    left, right = _left(text, start, 160), _right(text, end, 160)
    surface = text[start:end]
    last = _last_word(left)
    for basis, rx in (_DONOR_LEFT if last in _DONOR_TERMINALS else ()):
        m = rx.search(left)
        if m:
            phrase = left[m.start():].lstrip()
            return basis, phrase + surface
    office = _OFFICE_OF_LEFT.search(left) if last in _DONOR_TERMINALS else None
    if office is not None and office.start() > 0:
        # the payer named through its office: "funded by the Bureau for Humanitarian Assistance of USAID",
        # "financiada pelo Escritório de Assistência Humanitária da USAID"
        before = left[:office.start()]
        for basis, rx in (_DONOR_LEFT if _last_word(before) in _DONOR_TERMINALS | {"the"} else ()):
            m = rx.search(before)
            if m:
                return basis, left[m.start():].lstrip() + surface
    skip = _CHANNEL_APPOSITION.match(right)
    for basis, rx in _DONOR_RIGHT:
        m = rx.match(right)
        if m:
            return basis, surface + right[:m.end()]
        if skip is not None and (m := rx.match(right[skip.end():])) is not None:
            # "Le Japon, à travers son ambassade, a financé ce projet": the payer's channel in apposition
            return basis, surface + right[:skip.end() + m.end()]
    thank = _THANK_LEFT.search(left) if last in _THANK_TERMINALS else None
    if thank:
        m = _THANK_RIGHT.match(right)
        if m:
            basis = "explicit_financial" if m.group(1) else "support_formula"
            return basis, left[thank.start():].lstrip() + surface + right[:m.end()]
    if demonym:
        m = _DEMONYM_DONOR.match(right)
        if m:
            word = m.group().strip().lower()
            basis = "support_formula" if word == "support" else "explicit_financial"
            return basis, surface + right[:m.end()]
        fr = _FR_SUPPORT_BEFORE.search(left)
        if fr:  # "le soutien japonais" as "Japanese support"; "le financement japonais" as "Japanese funding"
            financial = fr.group(1).lower() not in ("soutien", "appui", "concours", "apoio") or (
                fr.group(2) or "").lower() in ("financier", "financeiro")
            basis = "explicit_financial" if financial else "support_formula"  # ("le soutien technique japonais")
            return basis, left[fr.start():] + surface
    return None


# ----------------------------------------------------------------------------- exclusions

_DOC_WORDS = (
    r"Strategy|Strategies|Programme|Programmes|Program|Project|Projects|Plan|Framework|Convention|Resolution|"
    r"Resolutions|Declaration|Compact|Agenda|Initiative|Roadmap|Road\s+Map|Protocol|Treaty|Charter|Act|Policy|"
    r"Guidelines|Handbook|Manual|Report|Action\s+Plan|Fund\s+Project|Mechanism|Model\s+Law|Principles|"
    r"Recommendations|Standards|Methodology|Guidance|Toolkit|Sanctions\s+List|Global\s+Programme|Rules|"
    r"Code\s+of\s+Conduct|Advisory\s+Opinion|Opinion|Judgment|Judgement|Ruling|Verdict|Memorandum|Good\s+Practices"
)
_DOC_PREFIX = _rx(
    r"^\s+(?:[A-Z][\w\-]*\s+|(?:on|for|of|and|to)\s+){0,6}?(?:" + _DOC_WORDS + r")\b"
    # "the Financial Action Task Force (FATF) Recommendations" (but "IGAD (...) Security Sector Program" is a unit)
    r"|^\s*\([A-Z][\w/&\-]{1,14}\)\s+(?i:recommendations|standards|methodology|guidance|rules|resolutions?|"
    r"conventions?|strategy|declaration|charter|protocol)\b"
    r"|^\s+(?:resolutions?|regulations?|directives?|mutual\s+evaluations?)\b|^\s+(?:sanctions\s+)?(?:list|regime)s?\b"
    r"|^\s+(?:grey|gray|black|watch)[\s-]?lists?\b"
    # a place or a membership named after an organisation: "the East African Community (EAC) region", "IGAD
    # Member States"; a document in lower case: "the IGAD regional strategy"
    r"|^(?:\s*\([A-Z][\w/&\-]{1,14}\))?\s+(?:region|sub-?region|area|zone|space|member\s+states|Member\s+States|"
    r"member\s+countries|countries|states|partner\s+states|Partner\s+States)\b"
    r"|^\s+(?:(?:regional|national|joint|new|draft|revised|updated|global|continental)\s+)+(?:strategy|strategies|"
    r"programme|program|action\s+plan|plan|framework|roadmap|policy|protocol|convention)\b"
)


_DOC_GENITIVE = _rx(
    r"\b(?:(?i:Strat[ée]gie|Convention|R[ée]solutions?|D[ée]claration|Charte|Protocole|Estrat[ée]gia|Conven[çc][ãa]o|"
    r"Resolu[çc](?:[ãa]o|[õo]es)|Declara[çc][ãa]o|Carta|Protocolo|[Pp]rogramme|[Pp]rograma|[Pp]rojet|[Pp]roje(?:c)?to|"
    r"R[èe]gles|Regras|"
    r"[Pp]lan|[Pp]lano)"
    # capitalised, a named text: "as Recomendações do GAFI" (not "les recommandations du GIABA", its acts)
    r"|Recomenda[çc](?:[ãa]o|[õo]es)|Recommandations?|Normas|Normes)"
    r"(?:\s+(?:[a-zà-ÿ][\w'\-]*|n[°o]\s*\d+|\d[\d/.-]*|\(\d{4}\))){0,4}\s+(?:(?:des|de\s+la|du|da|do|dos|das)\s+"
    r"|de\s+l'\s*)$"  # ("la résolution 72/165 de l'Assemblée générale": the elided article joins the name)
    # English: "the standards of the Financial Action Task Force", "resolution 2396 (2017) of the Security Council"
    # ("the recommendations of ESAAMLG" are the body's acts: annotators keep it)
    r"|\b(?i:standards|resolutions?|guidelines|regulations?|conventions?|protocols?|strateg(?:y|ies))"
    r"(?:\s+(?:\d[\d/.-]*|\(\d{4}\)))?\s+of\s+the\s+$"
    r"|\bRecommendations?\s+\d+\s+of\s+the\s+$")  # "Recommendation 8 of the FATF": one numbered text


#: The words that end every branch of ``_DOC_GENITIVE`` (before the white space at its end).
_ELIDED = ("l'", "l\u2019", "l\u2018")
_GENITIVE_ENDS = ("des", "du", "da", "do", "dos", "das", "la", *_ELIDED, "the")


def _genitive_end(before: str) -> bool:
    """Whether ``before`` ends with white space after a word that ends a ``_DOC_GENITIVE``
    branch, or with an elided article: a cheap test, needed for a match, that spares most
    mentions the search."""
    return (before[-1:].isspace() and before.rstrip().endswith(_GENITIVE_ENDS)) or before.endswith(_ELIDED)


def document_name_prefix(text: str, start: int, end: int, *, genitive: bool = True) -> bool:
    """True when the mention is the bare name prefix of a document or programme.

    "SADC Regional Counter Terrorism Strategy" and "Security Council resolutions"
    name documents, not actors; possessives ("the UN's Programme") and hyphenated
    partner lists ("EU-Nigeria-UNODC Partnership Project") still count. With
    ``genitive=False`` only a document named after the mention counts, not one written
    before it with the owner last ("la Stratégie ... des Nations Unies").

    Examples
    --------
    >>> document_name_prefix("the SADC Regional Counter Terrorism Strategy", 4, 8)
    True
    >>> document_name_prefix("the SADC Secretariat met", 4, 8)
    False
    >>> document_name_prefix("la Stratégie antiterroriste mondiale des Nations Unies", 41, 54)
    True
    """
    if start > 0 and text[start - 1] in "-\u2013/":
        return False
    before = text[max(0, start - 90):start]
    if genitive and _genitive_end(before) and _DOC_GENITIVE.search(replace_chars(before, _APOS)):
        return True  # French and Portuguese put the owner last: "Stratégie antiterroriste mondiale des Nations Unies"
    rest = text[end:end + 120]
    if rest[:1] in ("-", "\u2013", "'", "\u2019", "/"):
        return False
    return bool(_DOC_PREFIX.match(rest))


_VENUE_LEFT = _rx(r"\b(?:at|in|inside|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE_RIGHT = _rx(r"^(?:'s)?\s+(?:Offices?|Headquarters|HQ|Compound|Complex|Premises|premises|Building|"
                   r"Conference\s+(?:Centre|Center|Hall|Room)|Centre\s+in|Center\s+in)\b")
_TITLE_PREFIX = _rx(r"\b(?:Assistant|Deputy|Under|Vice|Associate|Acting)[\s\-]+$")
_QUICK_NOT_ACTOR = _rx(r"Office|Headquarters|HQ|Compound|Complex|Premises|premises|Building|Conference|"
                       r"Centre|Center|Coordinator|[Aa]gency|[Oo]rgani[sz]ation")
_CREDIT = _rx(r"\s*(?:Photo|Photos|Photograph|Web\s+TV|Information\s+Service|News\s+Centre|Multimedia)\b")
_TITLE_ONLY = _rx(r"^\s+(?:Resident\s+(?:and\s+Humanitarian\s+)?Coordinator|Humanitarian\s+Coordinator)s?\b")
_STYLE = _rx(r"(?:\s*\([A-Z][\w/&\-]{1,14}\)|\))?[-\u2013](?:style|like|type)\b")
_CLASS_LEFT = _rx(r"\b(?:is|are|was|as|being)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[a-z][\w\-]*\s+){0,2}$")
_CLASS_RIGHT = _rx(r"\s+(?:[a-z][\w\-]*\s+){0,2}(?:organi[sz]ations?|agency|agencies|entity|entities|body|bodies|"
                   r"system|family|lead\s+agency|programme|fund)\b")
_DESCRIPTOR_LEFT = _rx(r"(?:,\s*|\b[Aa]s\s+)(?:the\s+)?$")  # ("IOM, the UN Migration Agency"; "As the UN's ...")
#: An organisation named for its members ("the Member States of the African Union", "les États membres de l'Union
#: africaine", "os Estados membros da CEDEAO", "au profit des pays de la CEDEAO"), as in "IGAD Member States".
_MEMBERS_OF = _rx(r"\b(?:member\s+states|member\s+countries|partner\s+states|countries|[ée]tats\s+membres|"
                  r"estados[\s-]+membros|pa[íi]ses(?:\s+membros)?|pays(?:\s+membres)?)\s+"
                  r"(?:of|de|du|des|da|do|dos|das)\s*(?:the\s+|la\s+|l['\u2019]|a\s+|o\s+)?$", re.IGNORECASE)
#: A name inside a document's title, which goes on after it: "the Global Framework for United Nations Support on
#: Syria/Iraq Third Country National Returnees".
_IN_TITLE_LEFT = _rx(r"\b(?:Framework|Strategy|Programme|Program|Plan|Fund|Initiative|Agenda|Compact|Roadmap|"
                     r"Facility)\s+(?:for|on)\s+$")
_TITLE_GOES_ON = _rx(r"\s+[A-Z][a-z]")
#: A membership, not an act: "the Committee, which is composed of all fifteen members of the Security Council".
_COMPOSED_OF = _rx(r"\b(?:composed|made\s+up|consist(?:s|ing)?|compris(?:ed|ing))\s+of\s+(?:all\s+)?(?:the\s+)?"
                   r"(?:[\w\-]+\s+)?members\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MEMBERS_RIGHT = _rx(r"\s+(?:agencies|entities|bodies|organi[sz]ations|funds\s+and\s+programmes)\b")
_SG_TITLE = _rx(r"\b(?:Representative|Envoy|Adviser|Advisor|Rapporteur)s?\s+of\s+(?:the\s+)?$")
_SG = _rx(r"Secretary[\s-]+General", re.IGNORECASE)
_DESCRIPTOR_RIGHT = _rx(r"^(?:'s)?\s+(?!(?:and|or|et|ou|e|&)\s)(?:[A-Za-z][\w\-]*\s+){0,3}(?:[Aa]gency|[Oo]rgani[sz]ation)\b")


_COMPOUND_LEFT = _rx(r"[A-Za-z]-(?:of|the|for|and)-$")
_DOC_ATTRIBUTE_RIGHT = _rx(r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4})?"
                           r"(?:\s*\([A-Z][\w\-]{1,12}\))?\)?\s+"
                           r"(?:frameworks|standards|norms|guidelines|software|solution|tools?|database|"
                           r"databases|platform)\b")
_HQ_RIGHT = _rx(r"\s+(?:headquarters|HQ|premises|compound|barracks|training\s+(?:centre|center|school|academy))\b",
                re.IGNORECASE)
_AT_LEFT = _rx(r"\b(?:at|in|inside|to)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_NAME = _rx(r"\b(?:Offices?\s+(?:at|in)|Conference|Compound|Headquarters|Campus|Complex)\b")
_HELD_AT = _rx(r"\b(?:held|took\s+place|takes\s+place|hosted|convened|organi[sz]ed|opened|venue)\s+(?:at|in)\s+"
               r"(?:the\s+)?$", re.IGNORECASE)
_PLATFORM_LEFT = _rx(r"\b(?:follow(?:\s+\S+){0,3}\s+on|(?:posted|shared|published|streamed|broadcast|"
                     r"available|live|watch\s+it)\s+on|suivez(?:-nous)?\s+sur|siga(?:-nos)?\s+n[oa])\s+$",
                     re.IGNORECASE)


def not_an_actor_here(text: str, start: int, end: int) -> bool:
    """True when an organisation name at ``text[start:end]`` does not name an acting actor.

    GUIDELINES §1-2: a venue ("hosted at the United Nations Offices in Nairobi"), a title
    with no organisation of its own ("the UN Resident Coordinator"), a descriptor in
    apposition ("IOM, the UN Migration Agency"), a credit ("UN Photo"), a platform, a class
    ("UN agencies"), a kind ("a FATF-style body"), a name inside a document's title, and an
    organisation named for its members ("the Member States of the African Union", "composed
    of all fifteen members of the Security Council").

    Examples
    --------
    >>> t = "hosted at the United Nations Offices in Nairobi"
    >>> not_an_actor_here(t, 14, 28)
    True
    >>> not_an_actor_here("met the UN Resident Coordinator", 8, 10)
    True
    >>> not_an_actor_here("UN Photo/Mark Garten", 0, 2)
    True
    >>> t = "IOM, the UN’s Migration Agency, said"
    >>> not_an_actor_here(t, 9, 11), not_an_actor_here("the UN Country Team met", 4, 6)
    (True, False)
    >>> not_an_actor_here("UNDP is the leading United Nations organization", 20, 34)
    True
    >>> not_an_actor_here("As the UN's development agency, UNDP helps", 7, 9)
    True
    >>> t = "les États membres de l'Union africaine"
    >>> not_an_actor_here(t, t.index("Union"), len(t)), not_an_actor_here("the Union africaine a dit", 4, 19)
    (True, False)
    >>> t = "The Committee is composed of all fifteen members of the Security Council."
    >>> not_an_actor_here(t, 56, 72), not_an_actor_here("members of the Security Council adopted it", 15, 31)
    (True, False)
    >>> not_an_actor_here("the Special Representative of the Secretary-General", 34, 51)
    True
    >>> not_an_actor_here("Follow us on Twitter", 13, 20)
    True
    >>> t = "It took place at the United Nations Office at Nairobi."
    >>> not_an_actor_here(t, 21, 53)
    True
    >>> not_an_actor_here("guided by the Whole-of-UN Approach", 23, 25)
    True
    >>> not_an_actor_here("in line with the African Union and United Nations frameworks", 17, 30)
    True
    """
    if _CREDIT.match(text, end):
        return True  # a credit: "UN Photo/Mark Garten", "UN Web TV"
    if _COMPOUND_LEFT.search(text, max(0, start - 8), start):
        return True  # a word made with the name: "the Whole-of-UN Approach"
    if _DOC_ATTRIBUTE_RIGHT.match(text, end):
        return True  # an attribute of documents or tools: "in line with the African Union and United Nations
        # frameworks", "goTravel, the UN software solution"
    if text[start:end] in ("United Nations", "UN") and re.search(r"\bat\s+the\s+$", text[max(0, start - 8):start]) \
            and re.match(r"\s*[.,;]", text[end:end + 2]):
        return True  # a forum: "Spain has long championed the rights of victims at the United Nations."
    if _PLATFORM_LEFT.search(text, max(0, start - 40), start):
        return True  # a platform: "Follow us on Twitter", "streamed live on YouTube"
    if _PLACE_NAME.search(text, start, end) and _HELD_AT.search(text, max(0, start - 40), start):
        return True  # a venue: "the workshop took place at the United Nations Office at Nairobi"
    if _HQ_RIGHT.match(text, end) and _AT_LEFT.search(text, max(0, start - 40), start):
        return True  # a venue: "set up at the Royal Malaysia Police headquarters"
    if _MEMBERS_RIGHT.match(text, end):
        return True  # a class of many: "through UN agencies and Japanese NGOs"
    if _IN_TITLE_LEFT.search(text, max(0, start - 20), start) and _TITLE_GOES_ON.match(text, end):
        return True  # in a document's title: "the Global Framework for United Nations Support on ..."
    if _MEMBERS_OF.search(text, max(0, start - 30), start):
        return True  # its members: "the Member States of the African Union", "os Estados membros da CEDEAO"
    if _COMPOSED_OF.search(text, max(0, start - 70), start):
        return True  # its members make up another body: "composed of all fifteen members of the Security Council"
    if _SG_TITLE.search(text, max(0, start - 50), start) and _SG.search(text, start, end):
        return True  # a person's title: "the Special Representative of the Secretary-General"
    if _STYLE.match(text, end):
        return True  # a kind of thing, not the actor: "a FATF-style regional body"
    if (_CLASS_RIGHT.match(text, end) or text[max(start, end - 13):end].endswith(("organization", "organisation"))) \
            and _CLASS_LEFT.search(text[max(0, start - 40):start]):
        return True  # a class, not an actor: "UNDP is the leading United Nations organization"
    if not _QUICK_NOT_ACTOR.search(text, end, min(len(text), end + 60)) and not _TITLE_PREFIX.search(
            text[max(0, start - 20):start]):
        return False
    right = _right(text, end, 60)
    left = _left(text, start, 60)
    if _TITLE_ONLY.match(right) or _TITLE_PREFIX.search(text[max(0, start - 20):start]):
        return True
    if _VENUE_RIGHT.match(right) and _VENUE_LEFT.search(left):
        return True
    return bool(_DESCRIPTOR_RIGHT.match(right) and _DESCRIPTOR_LEFT.search(left))


#: Heads that French and Portuguese write in lower case before a capitalised name ("le ministère de
#: la Justice", "la direction générale de la Police", "o ministério do Interior").
LOWER_CASE_HEADS = frozenset({"ministère", "ministères", "ministério", "direction", "secrétariat", "secretaria",
                              "haut-commissariat", "commissariat", "délégation"})


def generic_case_ok(surface: str, alias: str) -> bool:
    """True when a generic form is written with the capitals of the alias (a named body).

    "Ministry of Foreign Affairs" names a body; "ministry of foreign affairs" or "the
    police" do not (GUIDELINES §1: lowercase unnamed units are not actors).

    Examples
    --------
    >>> generic_case_ok("Counter-terrorism Department", "Counter-Terrorism Department")
    True
    >>> generic_case_ok("ministry of foreign affairs", "Ministry of Foreign Affairs")
    False
    >>> generic_case_ok("The Commission", "the Commission"), generic_case_ok("the Hawks", "The Hawks")
    (True, True)

    French (and some Portuguese) writing puts the head of an institution's name in lower
    case and capitalises what follows ("le ministère de la Justice"):

    >>> generic_case_ok("ministère de la Justice", "Ministère de la Justice")
    True
    >>> generic_case_ok("ministère de la justice", "Ministère de la Justice")
    False
    """
    sw, aw = surface.split(), alias.split()
    # "ministère de la Justice", "ministère de l'Intérieur": a capital after the head
    named = any(w[:1].isupper() or w[2:3].isupper() and w[1:2] in "'\u2019" for w in sw[1:])
    if len(sw) != len(aw):
        sw, aw = sw[:1], aw[:1]
    for i, (x, y) in enumerate(zip(sw, aw)):
        if i == 0 and y.lower() == "the":
            continue  # "the Hawks" for "The Hawks"
        if i == 0 and x in LOWER_CASE_HEADS and named:
            continue
        if y[:1].isupper() and not x[:1].isupper():
            return False
    return True


_BYLINE = _rx(r"^\s*(?:photo|photos|credit|credits|source|image|©|\(c\)|picture|"
              r"(?:issued|published|released|distributed)\s+by|for\s+(?:more|further)\s+information|"
              r"media\s+contacts?|press\s+contacts?)\b", re.IGNORECASE)


def in_byline(text: str, start: int) -> bool:
    """True when the position is in a byline or photo credit line ("Photo: UNODC").

    Examples
    --------
    >>> in_byline("Title\\nPhoto: UNODC\\nText", 13)
    True
    >>> in_byline("Text\\nIssued by the United Nations Information Centre (UNIC) Lagos.", 19)
    True
    """
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:b if b >= 0 else len(text)]
    if _BYLINE.match(line):
        return True
    s = line.strip()
    return bool(re.fullmatch(r"\([^()]{1,60}\)", s)) or (len(s) <= 12 and s.isupper())


# ----------------------------------------------------------------------------- discovery

#: Head words of organisation names and the type a discovered actor gets.
ORG_HEADS: dict[str, str] = {
    "ministry": "government", "ministère": "government", "ministério": "government", "office": "government",
    "agency": "government", "directorate": "government", "department": "government", "service": "government",
    "services": "government", "police": "government", "commission": "government", "court": "government",
    "tribunal": "government", "parliament": "government", "assembly": "government", "council": "government",
    "committee": "government", "committees": "government", "secretariat": "government", "unit": "government",
    "authority": "government", "gendarmerie": "government", "prosecution": "government", "bureau": "government",
    "force": "government", "forces": "government", "embassy": "government", "academy": "government",
    "centre": "government", "center": "government", "inspectorate": "government", "presidency": "government",
    "treasury": "government", "judiciary": "government",
    "institute": "academic", "university": "academic", "school": "academic", "college": "academic",
    "foundation": "ngo", "association": "ngo", "network": "ngo", "society": "ngo", "forum": "ngo",
    "trust": "ngo", "alliance": "ngo", "federation": "ngo", "coalition": "ngo",
    "company": "private", "ltd": "private", "inc": "private",
    "corporation": "private", "group": "private",
}


_SUPRANATIONAL = _rx(r"^(?:International|Regional|Global|Inter-?[A-Z]\w+|Mixed|Pan-African|African|Africa|"
                           r"(?:West|East|North|South|Southern|Central|Horn\s+of)\s+Africa[n]?|Sahel|Arab|Asia-Pacific|"
                           r"Asian|Middle\s+East|Mediterranean|Internacional|Regional)\b")
_STATE_WORDS = _rx(r"\b(?:National|Ministry|Police|Government|Federal|State|Republic|Court|Armed|Defen[cs]e|"
                   r"Intergovernmental|Nacional|Nationale?)\b")


_FAITH = _rx(r"\b(?:Interfaith|Inter-?[Rr]eligious|Islamic|Muslims?|Christians?|Churches|Church|Clerics|Imams|"
             r"Ulema|Ulama|Evangelical|Catholic|Anglican|Hindu|Buddhist|Religious\s+Leaders)\b")
_STATE_BODY = _rx(r"\b(?:Ministry|Minist[èe]re|Minist[ée]rio|Department|Directorate|Police|Court|Commission|"
                  r"Agency|Authority|Office)\b")


def discovered_type(name: str) -> str:
    """Type of a discovered organisation from the head word of its name.

    Examples
    --------
    >>> discovered_type("National Counter Terrorism Agency"), discovered_type("Peace Institute")
    ('government', 'academic')
    >>> discovered_type("West Africa Centre for Counter-Extremism"), discovered_type("Regional Police Academy")
    ('ngo', 'government')
    >>> discovered_type("Coast Interfaith Council of Clerics"), discovered_type("Ministry of Islamic Affairs")
    ('ngo', 'government')
    >>> discovered_type("Judicial Administration Training Institute"), discovered_type("Civil Society Institute")
    ('government', 'ngo')
    >>> discovered_type("Institut d'études de sécurité"), discovered_type("École nationale de police")
    ('academic', 'government')
    >>> discovered_type("Kenya Community Support Organization"), discovered_type("Internal Security Organisation")
    ('ngo', 'government')
    >>> discovered_type("Center for Strategic Studies"), discovered_type("National Centre for Research")
    ('academic', 'government')
    >>> discovered_type("Kenya Airways"), discovered_type("Equity Bank"), discovered_type("Reserve Bank of Malawi")
    ('private', 'private', 'government')
    """
    words = [w.lower().strip(".,") for w in re.findall(r"[\w\-']+", name)]
    if re.search(r"\bChambers?\s+of\s+(?:Commerce|Industry|Mines)", name, re.IGNORECASE):
        return "private"  # business associations
    if re.search(r"\b(?:Red\s+Cross|Red\s+Crescent|Croix-Rouge|Croissant-Rouge|Cruz\s+Vermelha)\b", name):
        return "ngo"  # national Red Cross and Red Crescent societies: "Mozambique Red Cross", "Croix-Rouge du Tchad"
    if re.search(r"^(?:Ordem\s+dos\s+Advogados|Ordre\s+des\s+Avocats|Law\s+Society|Bar\s+Association)\b", name):
        return "ngo"  # the bar: "Ordem dos Advogados de Moçambique"
    if re.search(r"\sInternational$|\bCivil\s+Society\b", name) and not _STATE_BODY.search(name):
        return "ngo"  # "Community and Family Services International", "West Africa Civil Society Institute"
    if re.search(r"\b(?:Judicial|Judiciary|Police|Prisons?|Correctional|Customs|Immigration|Military|Defen[cs]e|"
                 r"Magistra\w*)\b.*\b(?:Training\s+(?:Institute|College|Centre|Center|School)|Staff\s+College)\b"
                 r"|\b(?:Institute|School|College|Centre|Center|Academy)\s+(?:for|of)\s+(?:the\s+)?(?:Judicial|Police|"
                 r"Magistra\w*|Customs|Prisons?|Correctional)\s+(?:Training|Studies|Professions)", name):
        return "government"  # "Judicial Administration Training Institute", "Police Staff College": state training
    if re.search(r"\b(?:Institut|Instituto|[ÉE]cole|Escola|Acad[ée]mie|Academia)\b", name) and re.search(
            r"\b(?i:polici|policiais|judiciaire|magistra|douan|p[ée]nitentiai|penitenci|gendarmer|militai|militar|"
            r"d[ée]fense|defesa|alf[âa]ndeg|aduan|fronteir|fronti[èe]r)", name):
        return "government"  # "Instituto Superior de Ciências Policiais", "École nationale de police"
    if re.search(r"\b(?:Centre|Center|Centro)\s+(?:for|of|on|de|d['\u2019]|des)\s+(?:[\w\-']+\s+){0,4}"
                 r"(?:Studies|Research|[ÉE]tudes|Estudos|Recherches?)\b", name) and not _STATE_WORDS.search(name) and not re.search(
                 r"(?i)judici|polic|milit|defen[cs]|p[ée]nitenti|prison|customs|douan|alf[âa]ndeg", name):
        return "academic"  # research centres: "Center for Strategic Studies", "Centre for Policy Research"
    if _FAITH.search(name) and not _STATE_BODY.search(name):
        return "ngo"  # faith organisations: "Coast Interfaith Council of Clerics", "Islamic Affairs Supreme Council"
    if _SUPRANATIONAL.match(name) and not _STATE_WORDS.search(name):
        # "West Africa Centre for Counter-Extremism", "International Academy for Combating Terrorism":
        # no state in the name; a centre is an NGO, an academy or institute a training institution
        if any(w in ("academy", "institute", "college", "university", "school") for w in words):
            return "academic"
        if any(w in ("centre", "center", "network", "forum", "foundation", "association", "council") for w in words):
            return "ngo"
    for w in words:
        if w in ("university", "institute", "college", "observatory", "universitas", "universidade", "université",
                 "institut", "instituto", "observatoire", "observatório"):
            return "academic"
        if w in ("foundation", "association", "network", "society", "alliance", "trust", "federation", "coalition",
                 "yayasan", "fundação", "fondation", "fundación", "associação", "asociación", "ligue", "liga",
                 "croix-rouge"):
            return "ngo"
        if w in ("organisation", "organization", "organização") and not _STATE_WORDS.search(name) and not re.search(
                r"\b(?:Security|Intelligence|Revenue|Customs|Immigration|Defen[cs]e|Prisons?)\b", name):
            return "ngo"  # "Kenya Community Support Organization"; not "Internal Security Organisation"
        if w in ("company", "ltd", "inc", "corporation", "plc", "limited", "airlines", "airways", "telecom", "telecoms"):
            return "private"
        if w in ("bank", "banque", "banco") and not re.search(
                r"\b(?:Central|Reserve|National|State|Centrale|Nationale|Nacional)\b|^(?:Bank|Banque|Banco)\s+(?:of|de|du|da|do)\s",
                name, re.IGNORECASE):
            return "private"  # "Equity Bank", not "Central Bank of Nigeria", "Bank of Zambia"
    return "government"
