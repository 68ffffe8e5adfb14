"""Extraction of one release: alias matches, acronym binding, discovery, acting and donor rules."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ctnet.actors._rxcache import compile as _rx
from ctnet.actors.gazetteer import Actor, Gazetteer, case_sensitive, slugify
from ctnet.actors.match import _STOP as _SMALL_WORDS
from ctnet.actors.match import Match, find_acronym_definitions, find_matches, resolve_overlaps
from ctnet.actors.mentions import Mentions
from ctnet.actors.rules import (
    LIST_SEP,
    PLACE_PREPOSITIONS,
    _last_word,
    country_acts,
    demonym_extent,
    demonym_start,
    discovered_type,
    document_name_prefix,
    donor_cue,
    generic_case_ok,
    in_byline,
    not_an_actor_here,
    thanked,
)
from ctnet.actors.subnational import find_subnational, subdivisions
from ctnet.actors.text import fold, index_of, paragraph_spans, sentence_spans

__all__ = ["DocResult", "extract_actors", "extract_document"]

_COUNTRY_KINDS = ("place", "official", "demonym")
_STRONG_KINDS = ("name", "alias", "gov")

_HEAD = (r"Ministry|Ministère|Ministério|Office|Escritório|Agency|Federation|Coalition|Administração|"
         r"(?:Tax|Revenue|Customs|Prisons?|Penitentiary|Border|Maritime|Civil\s+Aviation|Drug|Regional|Nationality|Immigration|Spiritual)\s+Administration|Directorate|Department|Service|Services|Police|Commission|"
         r"Court|Tribunal|Parliament|Assembly|Senate|House(?=\s+of\s)|Council|Committee|Committees|Secretariat|Unit|"
         r"Authority|Gendarmerie|Organi[sz]ation|Organização|"
         r"Bureau|Force|Forces|Embassy|Academy|Centre|Center|Inspectorate|Presidency|Institute|University|"
         r"Foundation|Association|Network|Prosecution|Prosecutor's\s+Office|"
         r"Division|Branch|Section|Chamber|Coast\s+Guard|Guard|Bank|Brigade|Battalion|Regiment|Command|Corps|Board|Customs|"
         r"Navy|Army|Troops|College|Air\s+Force|Observatory|Treasury|Judiciary(?!\s+Affairs)|(?<![Cc]ivil\s)(?<![Oo]f\s)Society|Croix-Rouge|Croissant-Rouge|Red\s+Cross|Red\s+Crescent|Cruz\s+Vermelha|Yayasan|Universitas|Universidade|Université|Fundação|Fondation|"
         # companies: "Kenya Airways", "Safaricom PLC"
         r"Airlines|Airways|PLC|Plc|Ltd|Limited|Corporation|Telecom|Telecoms|"
         # French and Portuguese heads
         r"Direction|Agence|Cellule|Pôle|Parquet|Cour|Conseil|Comité|Douanes?|Garde|Inspection|Secrétariat|"
         r"Autorité|Haut-Commissariat|Commissariat|Délégation|Institut|Observatoire|Assemblée|"
         r"Agência|Direção|Direcção|Polícia|Unidade|Banco|Serviço|Serviços|Gabinete|Procuradoria|Comando|"
         r"Instituto|Centro|Conselho|Comissão|Guarda|Alfândegas?|Autoridade|Secretaria|Departamento|Inspeção|Inspecção|"
         r"Assembleia|Presidência|Associação|Ordem(?=\s+dos\s+Advogados)|Primature|École|Escola|Liga|Ligue|Banque|Chambre|"
         # faculties, churches and bishops' conferences, navies, specialised judicial poles
         r"Faculty|Faculté|Faculdade|Facultad|Church|Igreja|Église|Conference(?=\s+of\s+(?:Catholic\s+)?Bishops\b)|"
         r"(?<=Bishops['\u2019]\s)Conference|(?<=Episcopal\s)Conference|Marinha|(?<=Judicial\s)Pole|"
         # a town's government: "la Mairie de Tanguiéta", "a Câmara Municipal de Pemba"
         r"Mairie|C[âa]mara\s+Municipal|Municipality|Munic[íi]pio|Pool(?=\s+judiciaire)")
#: "Directorate General", "Direction générale", "Direção-Geral" keep the qualifier with the head.
_HEAD_GENERAL = (r"(?:[\s\-]+(?:General|(?i:g[ée]n[ée]rale?|geral|nationale?|nacional|sup[ée]rieure?|centrale?|"
                 r"sp[ée]ciale?|especial|f[ée]d[ée]rale?|r[ée]gionale?|permanente?|interminist[ée]riel(?:le)?|"
                 # French and Portuguese bodies' adjectives: "Guarda Costeira", "Autoridade Tributária"
                 r"c[ôo]ti[èe]re|costeira|r[ée]publicaine|republicana|p[ée]nitentiaire|"
                 r"judiciaire|judici[áa]ria|tribut[áa]ria|penitenci[áa]ri[oa]|isl[âa]mic[oa])"
                 # any capitalised adjective of the same kind: "Comissão Intersectorial de Combate ..."
                 r"|[A-ZÀ-Þ][a-zà-ÿ]+(?:sectorial|sectoriel(?:le)?|ministerial|minist[ée]rielle?|institucional|"
                 r"institutionnel(?:le)?|partite|disciplinaire|disciplinar)))"
                 r"{0,2}(?![\w'])")
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'\u2019\-]*(?:/[A-Z][\w\-]*)?|Attorney-General)"  # ("P/CVE" is one word)
_CONN = r"(?:of|for|the|and|on|de|du|des|la|le|et|da|do|dos|das|e|to|against|contre|contra|pour|(?<=[a-z]r\s)(?:o|os|as|a)|es|el|al|ao|aos|para|in(?=\s+(?:Persons|Human\s+Beings)\b))"
#: The first word of a name's tail: "Ministry of ...", never "... Authority and the ..." (a second name).
_CONN1 = r"(?:of|for|on|de|du|des|da|do|dos|das|to|against|para(?:\s+(?:a|o|as|os))?)"
#: Before a place: "visits to the BNPT Deradicalisation Centre", "at the Uganda Police Force Senior Command ...".
_AT_PLACE = _rx(r"\b(?:at|in|inside|visits?\s+to|visited|toured|tour\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
#: "at the" before a place's name, or before its owner's possessive ("at the Malawi Police Service's Staff College").
_AT_THE = _rx(r"\bat\s+the\s+(?:(?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*['\u2019]s\s+)?$")
_VENUE_BEFORE = _rx(r"\b(?:held|took\s+place|hosted|housed|located|venue|premises)\s+(?:at|in)\s+(?:the\s+)?$",
                    re.IGNORECASE)
_HEAD_RX = _rx(rf"\b(?:{_HEAD})\b")
#: One-word names of a state's branches, after "the": "the Judiciary", "the Parliament".
_SINGLE_STATE_BODIES = frozenset({"Judiciary", "Parliament", "Presidency", "Treasury", "Primature"})
_OF_THE_SPLIT = _rx(r"\s+of\s+(?:the\s+)?")
_LIST_IN = _rx(r",|\s(?:and|et|e|&)\s")
_LOWER_HEAD = _rx(r"minist[èe]re\b|minist[ée]rio\b|mairie\b")
_NESTED_OF = _rx(rf"\s+of\s+the\s+(?!Attorney[\s-]General\b|Prosecutor|Federation\b(?!\s+of))(?:{_CAP}\s+){{0,4}}(?:{_HEAD})\b"
                 # a region's government owns its ministries: "... of the Bangsamoro Government"
                 rf"|\s+of\s+the\s+(?!Federal\b|Republic\b|Government\b)[A-Z][\w\-]*(?:\s+(?:Regional|State|Autonomous))?"
                 rf"\s+Government\b"
                 r"|(?<!\se)(?<!\set)(?<!\sand)\s+(?:du|de\s+la|de\s+l['\u2019]|do|da)\s*(?:Minist[èeé]re|Ministério|Présidence|Presidência|"
                 r"Primature|Cour|Tribunal|Parquet|Procuradoria|Assembleia|Assemblée)\b")
#: The owner named after its country's possessive: "the Directorate General for Support to Victims of Terrorism of
#: Spain's Ministry of the Interior" (group 1: the country, checked by the caller; not "the Ministry of Justice's
#: Office", where the possessive ends the first name).
_NESTED_OF_COUNTRYS = _rx(rf"\s+of\s+(?:the\s+)?((?:{_CAP}\s+){{0,3}}{_CAP})['\u2019]s\s+(?:{_CAP}\s+){{0,4}}(?:{_HEAD})\b")
_CSP = rf"(?:{_CONN}\s+|[dl]['\u2019])"
#: French heads whose names go on in lower case, the links inside such names, and their words (not a verb or a
#: pronoun: "la Cellule nationale de lutte contre la traite des personnes a participé" stops before "a").
_FR_HEADS = r"Direction|Office|Cellule|Agence|Brigade|Pôle|Pool|Commission|Comité|Conseil|Service|Commissariat|Délégation|École|Faculté|Chambre|" \
            r"Inspection|Secrétariat|Autorité|Observatoire|Institut|Haut-Commissariat|Haute\s+Autorité|Garde|Centre"
_FR_LINK = r"de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019]|contre\s+la|contre\s+le|contre\s+les|contre\s+l['\u2019]|contre|" \
           r"pour\s+la|pour\s+le|pour\s+les|pour\s+l['\u2019]|en\s+matière\s+de|chargée?\s+de\s+la|chargée?\s+de\s+l['\u2019]|" \
           r"chargée?\s+des|chargée?\s+du|chargée?\s+de|et\s+de\s+la|et\s+de\s+l['\u2019]|et\s+des|et\s+du|et\s+de|et\s+la|et\s+le|" \
           r"et\s+les|et\s+l['\u2019]|à\s+la|à\s+l['\u2019]|aux|au"
_FR_STOP = r"(?:a|ont|est|sont|était|avait|avaient|sera|seront|va|vont|qui|que|dont|ainsi|lors|dans|sur|avec|par|" \
           r"pendant|depuis|afin|également|aussi|notamment|ce|cette|ces|son|sa|ses|leur|leurs|un|une|il|elle|ils|elles|" \
           r"se|ne|y|en|pour|et|ou|mais|car|donc|or|ni|selon|entre|après|avant|sous|vers|chez|sans|comme|plus|très|" \
           r"de|du|des|la|le|les|contre|à|au|aux|l|d)"
#: A verb in the future or the conditional ends a name: "l'École nationale de police de Ouagadougou accueillera".
#: So do the verbs of news in the present tense: "le Conseil national de sécurité lance / lancent".
_FR_VERB = r"(?:[a-zàâçéèêëîïôûùüÿœ]+(?:era|eront|erait|eraient|ira|iront|irait)" \
           r"|(?:lance|organise|accueille|signe|renforce|forme|appuie|soutien|remet|dote|ouvre|inaugure|cl[ôo]ture|" \
           r"c[ée]l[èe]bre|participe|pr[ée]sente|annonce|salue|entame|valide|adopte|r[ée]unisse|outille|" \
           r"sensibilise|engage|mobilise|[ée]labore|offre|re[çc]oi|d[ée]ploie|poursui|" \
           r"ach[èe]ve|clôt|lèv|dot|remett|tienn|obtienn|r[ée]uni)(?:nt|ent|t|s)?" \
           r"|r[ée]unit|soutient|tient|obtient|conclut|conclu[e]?nt|part|partent)\b"
#: A person's title ends a French name: "du Ministère de la Sécurité publique et de la Cheffe de mission de l'OIM".
_FR_TITLE = (r"Chef|Cheffe|Directeur|Directrice|Ministre|Pr[ée]sident|Pr[ée]sidente|Repr[ée]sentant|Repr[ée]sentante|"
             r"Secr[ée]taire|Coordonnateur|Coordonnatrice|Gouverneur|Gouverneure|Ambassadeur|Ambassadrice|Commissaire|"
             r"Conseill[eè]re?|Procureur|Procureure|Chefe|Diretor|Diretora|Ministra|Embaixador|Embaixadora")
_FR_WORD = rf"(?!{_FR_STOP}\b)(?!{_FR_VERB})[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ\-]+|[A-ZÀ-Þ][\w'\-]*"
#: ... after "et": "du Ministère de la Sécurité publique et de l'Immigration et de la Cheffe de mission" (not "Bureau
#: du Procureur", where the title is in the name).
_AND_TITLE = _rx(rf"\s+(?:et|e)\s+(?:de\s+la\s+|de\s+l['\u2019]|du\s+|des\s+|le\s+|la\s+|l['\u2019]|do\s+|da\s+|o\s+|a\s+)"
                 rf"(?:{_FR_TITLE})\b")
_FR_ADJ_WORD = rf"(?!{_FR_STOP}\b)(?!{_FR_VERB})[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ\-]+"
#: Lower-case adjectives that French and Portuguese names keep after a capitalised noun ("Affaires
#: étrangères", "Sécurité publique", "Protection civile", "Segurança Pública" is capitalised anyway).
_ADJ = (r"(?:\s+(?:[ée]trang[èe]res?|publique|civile|int[ée]rieure?|ext[ée]rieure?|nationale?s?|g[ée]n[ée]rale?s?|"
        r"[ée]conomiques?|financi[èe]res?|sociale?s?|religieu(?:x|ses?)|humanitaires?|africaine?s?|territoriale?s?|"
        r"locale?s?|p[ée]nitentiaires?|judiciaires?|sp[ée]ciale?s?|sup[ée]rieure?s?|internationale?s?|"
        r"r[ée]gionale?s?|militaires?|maritimes?|frontali[èe]res?|islamiques?|num[ée]riques?|techniques?|"
        r"administrative?s?|criminelle?s?|p[ée]nale?s?|transnationale?s?|organis[ée]e?s?|violent|violente|"
        r"d[ée]centralis[ée]e?|pública|público|interna|interno|externa|nacional|geral|criminal|migratória|"
        r"religiosos?|internacional|estrangeiros?|jur[íi]dicos?|judici[áa]ri[ao]|humaine?s?|"
        # "Droits de l'homme", "Sénégalais de l'extérieur"
        r"indirects?|originel(?:le)?|de\s+l['\u2019](?:[Hh]omme|ext[ée]rieur)))?")
#: One link of a French name and the words after it: "de lutte", "contre la traite des personnes".
_FR_NAME_LINK = (rf"(?:\s+(?:{_FR_LINK})(?:\s+|(?<=['\u2019]))(?:(?:{_FR_LINK})(?:\s+|(?<=['\u2019])))?"
                 rf"(?:{_FR_WORD})(?:\s+{_FR_ADJ_WORD}){{0,2}})")
#: A known adjective right after a French head: "Conseil islamique", "Garde républicaine".
_ADJ_AFTER_HEAD = "(?i:" + _ADJ[:-1] + r")(?![\w'])"  # (also capitalised: "le Haut Conseil Islamique du Mali")
_OF_TAIL = (rf"\s+(?:{_CONN1}\s+|d['\u2019])(?:{_CSP}){{0,2}}{_CAP}{_ADJ}"
            rf"(?:\s+(?:{_CSP}){{0,3}}{_CAP}{_ADJ}){{0,8}}")
#: A French name that goes on in lower case after its head (see ``_ORG``).
_FR_LONG_NAME = (rf"(?:(?:Haut|Haute|Grand|Grande)\s+)?(?:{_FR_HEADS}){_HEAD_GENERAL}(?:{_ADJ_AFTER_HEAD}"
                 rf"(?!\s+(?!{_FR_STOP}\b)[A-Za-zÀ-ÖØ-öø-ÿ][\w\-]*(?![\w'\u2019])){_FR_NAME_LINK}{{0,6}}|{_FR_NAME_LINK}{{1,6}})")
_ORG = _rx(
    # heads written first with a bare name after them: "Universidade Eduardo Mondlane", "Yayasan Lingkar Perdamaian"
    # (with the city after it: "l'Université Abdou Moumouni de Niamey")
    rf"\b(?:(?:Yayasan|Universitas|Universidade|Université|Fundação|Fondation|Fundación)(?:\s+{_CAP}){{1,4}}"
    rf"(?:\s+(?:de\s+|do\s+|da\s+|d['\u2019])(?=[A-Z]){_CAP})?"
    # and its purpose: "la Fondation Mohammed VI pour la réinsertion des détenus"
    rf"(?:\s+(?:pour|para)\s+(?:la\s+|le\s+|les\s+|l['\u2019]|a\s+|o\s+|as\s+|os\s+)(?:{_FR_WORD})(?:\s+{_FR_ADJ_WORD})?"
    rf"(?:\s+(?:des|du|de\s+la|de\s+l['\u2019]|de|dos|das|do|da)\s*(?<=\s|['\u2019])(?:{_FR_WORD})(?:\s+{_FR_ADJ_WORD})?)?)?"
    rf"|(?:{_HEAD}){_HEAD_GENERAL}{_OF_TAIL}"
    # a state's branch named by one word: "the Judiciary", "the Parliament"
    r"|(?<=[Tt]he\s)(?:Judiciary|Parliament|Presidency|Treasury)(?=\s*[,.;:)]|\s+(?:and|or|of\s+the\s+Republic)\b)"
    # the French Prime Minister's office: "conseiller à la Primature"
    r"|(?<=la\s)Primature(?![\w'])"
    # a national corps named by its head and "national": "la Garde nationale", "a Guarda Nacional"
    r"|(?:Garde|Guarda|Gendarmerie|Police|Polícia|Assemblée|Assembleia|Autoridade|Autorité|Administration|Administração|"
    r"Serviço|Conselho)"
    r"(?:\s+(?:nationale|Nationale|nacional|Nacional|c[ôo]ti[èe]re|Costeira|costeira|r[ée]publicaine|Republicana|"
    r"p[ée]nitentiaire|Penitenci[áa]ri[ao]|judiciaire|Judici[áa]ria|Tribut[áa]ria|Isl[âa]mico|[Pp]opular|[Pp]opulaire)){1,2}"
    r"(?![\w'])"
    r"(?!\s+(?:du|de|des|da|do|d['\u2019])\b)"
    # French names that go on in lower case: "la Direction générale de la police nationale", "la Cellule nationale de
    # lutte contre la traite des personnes" (up to ten words, ending on a content word, never over a verb)
    # (or with an adjective after the head: "le Haut Conseil islamique du Mali")
    rf"|{_FR_LONG_NAME}"
    # French writes the head in lower case: "le ministère de l'Intérieur"
    rf"|(?<![\w'\u2019-])(?:minist[èe]re|minist[ée]rio){_OF_TAIL}"
    # a town's government in lower case: "la mairie de Malanville"
    rf"|(?<=\s[Ll]a\s)mairie\s+(?:de\s+|d['\u2019])(?=[A-ZÀ-Þ]){_CAP}"
    # with the country's adjective after the head: "le ministère béninois des Affaires étrangères"
    rf"|(?<![\w'\u2019-])(?:[Mm]inist[èe]re|[Mm]inist[ée]rio)\s+(?:[a-zà-ÿ]+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|"
    rf"an|ane|ano|ana|ense|ês|esa|ino|ina|i|ite|ote|ien)|f[ée]d[ée]ral)(?={_OF_TAIL}){_OF_TAIL}"
    rf"|(?!(?:The|This|That|These|Its|Their|Our|His|Her|A|An|Le|La|Les|O|Os|As|El|Son|Sa|Ses|Leur|Leurs|Notre|"
    rf"Nos|Votre|Seu|Sua|Seus|Suas|Nosso|Nossa)\s){_CAP}(?:\s+(?:(?:and|&|in(?=\s+(?:Persons|Human\s+Beings)\b))\s+)?{_CAP}){{0,5}}"
    rf"\s+(?:{_HEAD}){_HEAD_GENERAL}"
    rf"(?:{_OF_TAIL})?)\b"
)
_NOT_ORG = _rx(
    r"\b(?:(?:Programme|Program|Project)(?!(?:\s+[A-Z][\w\-]*){0,2}\s+(?:Center|Centre|Office|Unit|Secretariat|"
    r"Directorate|Department|Division|Bureau|Cell)\b)|Strategy|Strategic(?!\s+(?:and\s+International\s+)?(?:Studies|Research|Analysis))|Plan|Steering|Workshop|Conference(?!\s+of\s+(?:Catholic\s+)?Bishops)|Meeting|Session|Course|"
    r"Training\s+Course|Initiative|Framework|Resolution|Convention|Declaration|Day|Week|Summit|Forum|Module|"
    r"Handbook|Manual|Report|Resource|Community\s+Safety|Task\s+Force\s+on|(?:Information|Management|Data|Warning)\s+System|[Pp]ilotage|Strat[ée]gie|Projet|Airport(?!s?\s+Authorit)|Port(?!s?\s+Authorit)|"
    r"Garde\s+des\s+Sceaux|School|Hotel(?!s?\s+(?:[A-Z]\w+\s+)?(?:Association|Federation|Union|Owners|Employers|Workers)\b)|Hall|Prison(?!s?\s+(?:Service|Services|Authority|Administration|Department|Directorate|Commission))|(?:Custodial|Correctional|Detention|Rehabilitation)\s+(?:Centre|Center|Facility)(?!\s+(?:Service|Authority|Administration|Department|Directorate))|Board\s+of\s+(?:Directors|Trustees|Governors)|Editorial\s+Board|"
    # armed groups are not actors (GUIDELINES §1)
    r"Islamic\s+State|Al[\s-]Qa[\u2019']?[ei]da|Al[\s-]Shabaa?b|Boko\s+Haram|Jihad|Jama[\u2019']?at|Ansar|Mujahideen|"
    r"Taliban|Daesh|Liberation\s+(?:Front|Army|Movement|Tigers)|Democratic\s+Forces|Resistance|Armed\s+Groups?|Militia|Rebels?|"
    r"[Pp]atriot(?:e)?s|R[ée]sistance|Rebelles?|Milices?)\b"
)
_OF_COUNTRY = _rx(rf"\s+(?:of|de|du|da|do)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,3}}")
#: Possessive words (English, French, Portuguese): "its Regional Office", "son Bureau", "sua Unidade".
_POSSESSIVES = r"(?:its|his|her|their|our|son|sa|ses|leur|leurs|seu|sua|seus|suas)"
_OWN_OFFICE = _rx(rf"\b(?:{_POSSESSIVES}|dont\s+(?:la|le|les|l['\u2019]))\s*(?<=\s|['\u2019])$", re.IGNORECASE)  # ("dont la Délégation")
#: A class noun written before a name, with its demonym: "Kenyan NGO", "the Somali think tank".
_CLASS_PREFIX = _rx(r"^[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)\s+(?:NGO|CSO|Non-Governmental\s+Organi[sz]ation|"
                    r"Civil\s+Society\s+Organi[sz]ation|Think\s+Tank|Charity)\s+(?=[A-Z])")
#: A class noun right before a name that has no head word: "the Jordanian NGO Generations For Peace (GFP)",
#: "the civil society organisation Women Without Borders". The class noun makes it an organisation.
_CLASS_BEFORE = _rx(r"(?<![\w-])(?:NGOs?|CSOs?|[Nn]on[\s-][Gg]overnmental\s+[Oo]rgani[sz]ations?|"
                    r"[Cc]ivil[\s-][Ss]ociety\s+[Oo]rgani[sz]ations?|[Tt]hink[\s-][Tt]anks?|[Cc]harit(?:y|ies))\s+$")
_CLASS_NOT_NAME = _rx(r"\b(?:Decree|Law|Laws|Act|Bill|Ordinance|Regulations?|Code|Policy|Guidelines|Registry|"
                      r"Registration|Sector|Platform|Partners?|Members?|Community|Coordination|Consortium|Day|"
                      r"Week|Award|Awards|Fair|Expo)$")
_CLASS_BEFORE_ANY = _rx(_CLASS_BEFORE.pattern[:-1])
#: A name in quotes after its legal form or a class noun, as Central Asian releases write them: 'Public Foundation
#: "Mutakallim"' (the legal form is part of the name: group 1), 'the non-governmental organization "Ghamkhori"'
#: (the class noun is not: group 3 is the name).
_QUOTED_ORG = _rx(r"(?:(Public\s+(?:Foundation|Association|Fund|Organi[sz]ation|Union))|(?<![\w-])(?:NGO|[Nn]on[\s-]"
                  r"[Gg]overnmental\s+[Oo]rgani[sz]ation|[Oo]rgani[sz]ation|[Aa]ssociation|[Ff]oundation))"
                  r"\s+([\"\u201c\u00ab]\s?([A-Z][^\"\u201d\u00bb\n]{0,60}?)\s?[\"\u201d\u00bb])")
#: Words one of which a text must hold for :data:`_CLASS_BEFORE_ANY` to match (a fast test first).
_CLASS_HINTS = ("NGO", "CSO", "overnmental", "ociety", "hink", "harit")
_CLASS_NAME = _rx(rf"{_CAP}(?:\s+(?:(?:for|of|and|the|against|without|with|in|on|ya|wa|de|du|des|la|le|da|do|"
                  rf"dos|das|e|et)\s+){{0,2}}{_CAP}){{0,5}}")
_PERSON_OWNER = _rx(r"\b(?:his|her|their)\s+$", re.IGNORECASE)
#: An office named as the head of the body just named, after its possessive (:data:`_OWN_OFFICE`): "opened by its
#: Secretary General" (the ministry's).
_HEAD_TITLE = _rx(r"(?i:secretary|secr[ée]taire|secret[áa]rio|director|directeur|diretor)[\s\-]+(?i:general|g[ée]n[ée]ral|geral)$")
_ENDS_OFFICE = _rx(r"\b(?:Office|Bureau|Branch|Unit|Section|Division|Department|Desk|Team|Cell|Secretariat)$")
#: "of the", "de la", "do" between a name and the name it belongs to.
_OF_ARTICLE = r"\s+(?:of|de|du|da|do)\s+(?:the\s+|la\s+|l['\u2019]|o\s+|a\s+)?"
_OF_THE_AFTER = _rx(_OF_ARTICLE)
_OFFICE_HEAD = _rx(r"(?:(?:Regional|Country|Sub-?Regional|Field|Liaison|Programme|Program|Project)\s+)?"
                   r"(?:Office|Bureau|Escrit[óo]rio|Branch|Unit|Section|Division|Sub-?Office|Antenne|Delegation|"
                   r"D[ée]l[ée]gation|Delega[çc][ãa]o|Programme\s+Office)\b")
#: The same list in French and Portuguese, each item with its article: "Ministère de la Justice, des Droits humains
#: et de la Promotion civique", "Ministério da Justiça, Assuntos Constitucionais e Religiosos".
_FR_ART = r"(?:des|du|de\s+la|de\s+l['\u2019]|dos|das|do|da)\s*"
_FR_COMMA_TAIL = _rx(rf"(?:,\s+{_FR_ART}{_CAP}(?:\s+{_FR_ADJ_WORD})?){{1,4}},?\s+(?:et|e)\s+{_FR_ART}{_CAP}"
                     rf"(?:\s+(?:{_FR_ADJ_WORD}|(?!(?:{_FR_TITLE})\b)[A-ZÀ-Þ][a-zà-ÿ]+))?(?![\w'\u2019])")
#: Heads that start a second body in a French/Portuguese list ("du Ministère de l'Intérieur et de la Police"); a
#: domain such as "du Service civique" may end a ministry's name.
_FR_BODY_HEAD = _rx(r"\b(?:Minist[èée]r[ei]o?|Direc?t(?:ion|ora|oria)|Pol(?:ice|ícia)|Gendarmerie|Ag[eê]nc[ei]a?|"
                    r"Office|Commission|Comiss[ãa]o|Cellule|C[ée]lula|Conse(?:il|lho)|Cent(?:re|ro)|Autorit[ée]|"
                    r"Autoridade|Institut[eo]?|Secr[ée]tariat|Secretariado|Tribunal|Cour|Brigade|Brigada|Garde|Guarda|"
                    r"Arm[ée]e|Forces?|For[çc]as?)\b")
_COMMA_TAIL = _rx(rf"(?:,\s+{_CAP}(?:\s+{_CAP})?){{1,4}},?\s+(?:and|et|e|&)\s+{_CAP}(?:\s+{_CAP}){{0,2}}\b"
                  # "..., Décentralisation et Affaires coutumières": a French adjective ends the list
                  r"(?:\s+[a-zà-ÿ]+(?:i[èe]res?|aires?|elles?|ales?|iques?|ieures?|ives?)\b)?")
#: Person titles that the head-word pattern would take for bodies ("Honourable Attorney General").
_TITLE_ONLY_NAME = _rx(r"^(?:(?:Honourable|Hon\.?|Right\s+Honourable|Deputy|Acting|Assistant|Solicitor)\s+)*"
                       r"(?:Attorney[\s-]General|Director[\s-]General|Secretary[\s-]General|"
                       r"Inspector[\s-]General|Prosecutor[\s-]General|Auditor[\s-]General)$")
_RANK_OF = _rx(r"\b(?:Inspector[\s-]General|Commissioner|Superintendent|Chief|Director|Commandant|"
               r"Inspector|Commander)\s+of\s+$")
#: Words for a whole sector of the state, not one body: "the Public Service" (the civil service), "the Security Services".
_SECTOR = _rx(r"(?:Public|Civil|Security|Intelligence|Armed|Defence|Defense|Prison|Health)\s+(?:Service|Services|Forces)")
#: Plural heads name collectives, not a body ("Border Community Security Committees").
_COLLECTIVE = _rx(r"\b(?:Committees|Councils|Units|Commissions|Ministries|Offices|Agencies|Departments)$")
_BRACKETED = _rx(r"^(\S.*?\S)\s*\(\s*([^()\s][^()]*?)\s*\)$")
_WORK_BY = _rx(r"\b(?:carried\s+out|conducted)\s+by\b", re.IGNORECASE)
_OF_THE = _rx(r"\)?\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['\u2019]|do\s+|da\s+)")
#: A possessive word before a name ("its Centre of Excellence").
_OWNER_WORD = _rx(rf"{_POSSESSIVES}\s+", re.IGNORECASE)
_LEAD_DROP = _rx(r"^(?:Honourable|Hon\.|Excellency|The|A|An|This|That|These|Its|Their|His|Her|Our|Both|Each|Every|All|With|In|At|"
                 r"By|From|For|And|Under|Through|During|On|To|Le|La|Les|Un|Une|Des|Du|De|Au|Aux|Ce|Cette|"
                 r"O|Os|As|Um|Uma|Do|Da|Dos|Das|No|Na|Pelo|Pela|Com|Em|El|Los|Las|Son|Sa|Ses|Leur|Leurs|"
                 r"Notre|Nos|Votre|Seu|Sua|Seus|Suas|Nosso|Nossa)\s+")


_SECOND_NAME = _rx(r"(?:\s+(?:and|et|e|&)\s+(?:the|le|la|les|o|a|os|as|do|da|dos|das|du|des|de\s+la|au|aux)\s+|"
                   r"\s+and\s+(?:of|to|for|with|from|by)\s+(?:the\s+)?|"
                   r"\s+and\s+(?=[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s)|"
                   r"\s+(?:and|et|e|&)\s+(?:l'|de\s+l')|\s*,\s*(?:and\s+)?(?:the\s+)?"
                   r"|\s+(?:and|et|e|&)\s+)(?=[A-ZÀ-ÖØ-Þ])")
_ENDS_WITH_HEAD = _rx(rf"\b(?:{_HEAD}){_HEAD_GENERAL}$")


def _before_non_org(name: str) -> str:
    """A name cut before a second coordinated name that is no organisation.

    "Judicial Training Institute of Niger and the National School of Administration" is
    the institute (a school is a venue, see ``_NOT_ORG``); the name is kept whole when the
    word that is no organisation is in its first part.

    Examples
    --------
    >>> _before_non_org("Judicial Training Institute of Niger and the National School of Administration")
    'Judicial Training Institute of Niger'
    """
    bad = _NOT_ORG.search(name)
    if bad is None:
        return name
    for m in reversed(list(_SECOND_NAME.finditer(name, 0, bad.start()))):
        before = name[:m.start()]
        if m.group().strip(" ,") and _HEAD_RX.search(before) and not _NOT_ORG.search(before):
            return before
    return name


def _first_of_two(name: str) -> str:
    """The first of two coordinated names that the pattern ran together.

    "Uganda Revenue Authority and the Joint Anti-Terrorism Task Force" and "Ministry of
    Home Affairs and the Zambian Ministry of Justice" are two bodies; "Ministry of Justice
    and Constitutional Affairs" and "Department of Immigration and Citizenship Services" are
    one. The name is cut where an article or comma starts a second name with its own head
    word, or at a bare "and" after a name that already ends with its head word.

    Examples
    --------
    >>> _first_of_two("Uganda Revenue Authority and the Joint Anti-Terrorism Task Force")
    'Uganda Revenue Authority'
    >>> _first_of_two("Department of Immigration and Citizenship Services")
    'Department of Immigration and Citizenship Services'
    >>> _first_of_two("Customs Authority and Police Service")
    'Customs Authority'
    >>> _first_of_two("Ministry of Interior and Al-Azhar Observatory for Combating Extremism")
    'Ministry of Interior'
    >>> _first_of_two("Ministry of Justice and Constitutional Affairs")
    'Ministry of Justice and Constitutional Affairs'
    >>> _first_of_two("ministère de la Justice et le Secrétariat général de la Défense nationale")
    'ministère de la Justice'
    """
    for m in _SECOND_NAME.finditer(name):
        before, after = name[:m.start()], name[m.end():]
        if re.fullmatch(r"\s+and\s+of\s+the\s+", m.group()) and _ENDS_WITH_HEAD.search(before) is None \
                and _HEAD_RX.search(before):
            return before  # "the National Centre for Human Rights of the Republic of Uzbekistan and of the Ombudsman"
        if not (_HEAD_RX.search(before) or _LOWER_HEAD.match(before)) or not _HEAD_RX.search(after):
            continue  # (French writes "le ministère de la Justice et le Secrétariat général ...")
        nxt = _SECOND_NAME.search(after)
        if not _HEAD_RX.search(after[:nxt.start()] if nxt else after):
            continue  # "ministère des Affaires étrangères et des Sénégalais de l'extérieur et le Secrétariat ...":
            # the second name starts at the second "et le"
        bare = m.group().strip() in ("and", "et", "e", "&") and not _POSS_PREFIX.match(after)
        if not bare or (_ENDS_WITH_HEAD.search(before) and len(before.split()) > 1):
            return before
        if _WHOLE_MINISTRY.fullmatch(before) and _HEAD_RX.search(after[:nxt.start()] if nxt else after):
            return before  # "Ministry of Interior and Al-Azhar Observatory for Combating Extremism": two bodies
    return name


class DocResult:
    """Mentions of one release before they become tables (internal)."""

    __slots__ = ("actors", "doc", "publisher_id", "rows", "sentences")

    def __init__(self, doc: Any, rows: list[dict], actors: dict[str, Actor], sentences: list[dict],
                 publisher_id: str) -> None:
        self.doc, self.rows, self.actors, self.sentences, self.publisher_id = doc, rows, actors, sentences, publisher_id


def _country_in(matches: Iterable[Match], gaz: Gazetteer) -> str | None:
    for m in matches:
        if m.kind in _COUNTRY_KINDS or m.kind == "gov":
            a = gaz.get(m.actor_id)
            if a is not None and a.type == "government" and a.country and a.parent is None:
                return a.country
    return None


_POSS_PREFIX = _rx(r"^(.+?)(?:'s|\u2019s)\s+(?=[A-Z])")


def _discovered(name: str, country: str | None, gaz: Gazetteer, typ: str | None = None) -> Actor:
    """The actor of an organisation name the registry does not hold as written.

    A country written as a possessive ("Niger's National Police") gives the country. A
    government body is named "<name> (<Country>)"; when the registry holds that body
    ("National Police of Niger", "National Counter Terrorism Agency (Indonesia)") the
    registry actor is returned, else a discovered actor.
    """
    typ = typ or discovered_type(name)
    core = name
    p = _POSS_PREFIX.match(name)
    if p:
        owner = gaz.resolve(p.group(1))
        if owner is not None and owner.type == "government" and owner.parent is None and owner.country:
            core, country = name[p.end():], owner.country
    core = core[:1].upper() + core[1:]  # "le ministère de l'Intérieur": "Ministère de l'Intérieur (Chad)"
    if typ != "government":
        country = None
    gov = f"gov-{country.lower()}" if country else None
    if gov is not None and gov in gaz:
        # "the Iraqi Ministry of Foreign Affairs" is the "Ministry of Foreign Affairs (Iraq)", as "the Ministry of
        # Foreign Affairs of Iraq" is: one actor across releases
        lead = re.match(r"(\S+)\s+(?=[A-Z])(?!(?:Region|Regional|State|Province|Provincial|County)\b)", core)
        if lead and fold_lower(lead.group(1)) in _demonyms(gaz, gov) and len(core[lead.end():].split()) >= 2:
            core = core[lead.end():]
        # "Ministry of Security of Burkina Faso" is the "Ministry of Security (Burkina Faso)"
        # that the release names again without its country
        # "the Customs Service under the Government of the Republic of Tajikistan" is the "Customs Service
        # (Tajikistan)" that the release may name without what it is under
        core = core.split(" under the ")[0]
        for of in re.finditer(r"\s+(?:of|de|du|da|do|d['\u2019])\s*(?:the\s+|la\s+|l['\u2019])?(?=[^,()]+$)", core):
            if len(core[:of.start()].split()) > 1 and gaz.resolve(core[of.end():]) is gaz[gov]:
                core = core[:of.start()]
                break
    canonical = core
    if gov is not None and gov in gaz:
        cname = _country_label(gaz[gov])
        if not _country_names_rx(gaz, gov).search(fold_lower(core)):
            canonical = f"{core} ({cname})"
        for cand in (canonical, f"{core} of {cname}", f"{cname} {core}"):
            hit = gaz.resolve(cand)
            if hit is not None and hit.type == "government" and hit.country == country and hit.parent:
                return hit
        # a name that several countries' bodies share: "Procuradoria-Geral da República de Moçambique"
        for mm in find_matches(core, gaz.automaton):
            if mm.start == 0 and mm.end == len(core):
                for c in [mm.actor_id] + [x for x, _ in mm.alts]:
                    hit = gaz.get(c)
                    if hit is not None and hit.type == "government" and hit.country == country and hit.parent:
                        return hit
    return Actor(f"x-{slugify(canonical)}", canonical, typ, country if typ == "government" else None,
                 gov if typ == "government" and gov in gaz else None, (name,), True)


@functools.lru_cache(maxsize=4096)
def _demonyms(gaz: Gazetteer, gov: str) -> frozenset[str]:
    """The demonyms of a country, folded ("iraqi", "irakien", ...)."""
    return frozenset(fold_lower(x) for x, kind in gaz.aliases(gov) if kind == "demonym")


@functools.lru_cache(maxsize=4096)
def _country_names_rx(gaz: Gazetteer, gov: str) -> re.Pattern[str]:
    """One regex for the names of a country (any of its aliases as whole words, folded)."""
    names = sorted({fold_lower(x) for x, _ in gaz.aliases(gov)} - {""}, key=lambda n: (-len(n), n))
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _country_label(gov: Actor) -> str:
    """The country in a body's canonical name: "Government of the Gambia" -> "Gambia" (GUIDELINES §3)."""
    return re.sub(r"^the\s+", "", gov.name.replace("Government of ", ""))


def _core_key(act: Actor) -> str:
    """A discovered body's name without its "(Country)" suffix, for reuse within a release."""
    return fold_lower(re.sub(r"\s*\([^()]*\)$", "", act.name))


def fold_lower(s: str) -> str:
    """Lower-case with single spaces (helper for containment tests)."""
    return " ".join(s.replace("-", " ").lower().split())


def _acts(text: str, m: Match, memo: dict[tuple[int, int], tuple[bool, int]]) -> tuple[bool, int]:
    """Whether a country or demonym match acts, and its surface end (memoised per release)."""
    key = (m.start, m.end)
    if key not in memo:
        if m.kind == "demonym":
            memo[key] = demonym_extent(text, m.start, m.end)
        else:
            memo[key] = (country_acts(text, m.start, m.end, m.kind), m.end)
    return memo[key]


#: "the Ambassador of France", "l'Ambassadeur de France": an envoy's country is a foreign state.
_ENVOY_AFTER = _rx(r"\s+(?:Ambassador|High\s+Commissioner|Consul|Embassy|High\s+Commission|Envoy|"
                   r"Charg[ée]\s+d'Affaires)\b")
_ENVOY_OF = _rx(r"\b(?:Ambassador|Ambassadeur|Ambassadrice|Embaixador[a]?|High\s+Commissioner|"
                r"Haut[e]?-Commissaire|Alt[oa]\s+Comiss[áa]ri[oa]|Charg[ée]\s+d'Affaires|Consul)"
                r"[^.;:]{0,40}?\s(?:of|de|du|des|d'|do|da|dos|das)\s*(?:the\s+|la\s+|l')?$", re.IGNORECASE)


def _cue(text: str, start: int, end: int, demonym: bool,
         cues: dict[tuple[int, int, bool], tuple[str, str] | None]) -> tuple[str, str] | None:
    """``donor_cue`` memoised per release."""
    key = (start, end, demonym)
    if key not in cues:
        cues[key] = donor_cue(text, start, end, demonym=demonym)
    return cues[key]


_ACRO_AFTER = _rx(r"\s*\(([A-Z][\w\-/&]{1,14}(?: [A-Z][A-Z\-/&]{1,8})?)\)")


def _initials_spell(long: str, acro: str) -> bool:
    """True when the initials of the long form's words spell the acronym exactly.

    Small words are skipped and hyphenated words give one initial per part.

    Examples
    --------
    >>> _initials_spell("Commonwealth of Independent States Anti-Terrorism Centre", "CIS ATC")
    True
    >>> _initials_spell("Centre of Excellence", "CIS ATC")
    False
    """
    letters = "".join(c for c in acro if c.isalpha()).upper()
    words = [w for w in re.split(r"[\s\-]+", long) if w and w.lower() not in _SMALL_WORDS]
    return len(letters) >= 3 and "".join(w[0].upper() for w in words) == letters


def _shares_a_word(long: str, who: Actor) -> bool:
    """True when a word of four letters or more of ``long`` is in one of ``who``'s names (same language)."""
    words = {w for w in re.findall(r"\w+", fold_lower(long)) if len(w) >= 4}
    return any(words & set(re.findall(r"\w+", fold_lower(n))) for n in (who.name, *who.aliases))


def _translated(acro: str, long: str, gaz: Gazetteer, country: str | None, countries: set[str]) -> Actor | None:
    """The registry actor whose acronym a definition binds when its long form is a translation.

    "Bureau de Assuntos Internacionais de Narcóticos e Aplicação da Lei (INL)" is the US
    State Department's INL: the acronym is the registry's, the long form has the same kind of
    head, and the actor's country is named in the release (or written against the name).
    """
    claim = gaz.claim(acro)
    if claim is None and "-" in acro and not _initials_spell(long, acro):
        # "CENTIF-CI": the shared acronym with a country suffix (not "ATC-PMC", which the long form spells)
        acro = acro.split("-")[0]
        claim = gaz.claim(acro)
    if claim is None or claim[0] not in gaz:
        return None
    who = gaz[claim[0]]
    if claim[1] == "generic":
        # an acronym several countries' bodies share ("FIC"): the one whose country the name spells
        hits = find_matches(acro, gaz.automaton)
        cands = [a for h in hits[:1] for a in [h.actor_id] + [x for x, _ in h.alts]]
        low = fold_lower(long)
        pick = []
        for a in dict.fromkeys(cands):
            c = gaz[a].country if a in gaz else None
            if c and (c == country or _country_names_rx(gaz, f"gov-{c.lower()}").search(low)):
                pick.append(gaz[a])
        if not pick and country is None:  # the only one whose country the release names
            pick = [gaz[a] for a in dict.fromkeys(cands) if a in gaz and gaz[a].country in countries]
        if len(pick) != 1:
            return None
        who = pick[0]
        country = who.country
    if _spelled_out(long, who) or (_initials_spell(long, acro) and _shares_a_word(long, who)):
        # "IGAD, through its Centre of Excellence for ... Violent Extremism (ICEPCVE)", "the Commonwealth of
        # Independent States Anti-Terrorism Centre (CIS ATC)": the long form defines the registry's acronym
        return who
    if who.type != discovered_type(long):
        return None
    if who.country and who.country != country and (country or who.country not in countries):
        return None
    return who


def _spelled_out(long: str, who: Actor) -> bool:
    """True when ``long`` (two words or more, leading determiners dropped) is part of a name of ``who``.

    A release that defines the registry's acronym with part of the registry's own name
    ("its Centre of Excellence for Preventing and Countering Violent Extremism (ICEPCVE)")
    names that actor, whatever the rules would make of the long form alone.
    """
    lead = _LEAD_DROP.match(long) or _OWNER_WORD.match(long)
    while lead:
        long = long[lead.end():]
        lead = _LEAD_DROP.match(long) or _OWNER_WORD.match(long)
    core = fold_lower(long)
    if len(core.split()) < 2:
        return False
    return any(f" {core} " in f" {fold_lower(n)} " for n in (who.name, *who.aliases))


def _registry_child(owner: Actor, name: str, gaz: Gazetteer) -> Actor | None:
    """The registry body of ``owner`` that ``name`` names with the owner's long name: "Eastern Africa Police Chiefs
    Cooperation Organisation (EAPCCO) Counter-Terrorism Centre of Excellence" is the EAPCCO CTCoE."""
    words = fold_lower(re.sub(r"[^\w\s]", " ", name)).split()
    for a in gaz:
        if a.parent != owner.id:
            continue
        for alias in (a.name, *a.aliases):
            tail = fold_lower(re.sub(r"[^\w\s]", " ", alias)).split()[1:]  # without the owner's acronym
            if len(tail) >= 2 and words[-len(tail):] == tail:
                return a
    return None


def _other_countrys_body(m: Match, a: int, b: int, inside: list[Match], text: str, gaz: Gazetteer) -> bool:
    """A registry body's name followed by another country: "le Ministère de la Sécurité et de la Protection
    civile du Burkina Faso" is Burkina Faso's ministry, not Mali's, whose name the registry holds."""
    who = gaz.get(m.actor_id)
    if who is None or not (m.start == a and m.end < b and _national_body(who)):
        return False
    of = _OF_COUNTRY.match(text, m.end)
    if of is None or of.end() != b:
        return False
    tail = [x for x in inside if x.start >= m.end]
    country = _country_in(tail, gaz)
    return country is not None and all(x.kind in _COUNTRY_KINDS for x in tail) and country != who.country


def _national_body(a: Actor | None) -> bool:
    """A government's body at home (not an embassy or a development agency)."""
    return a is not None and a.type == "government" and bool(a.parent) and not _is_mission_abroad(a)


def _is_mission_abroad(a: Actor | None) -> bool:
    """An embassy or another post abroad, or a development agency: a foreign state's body."""
    return a is not None and a.type == "government" and _abroad_name(a.name, bool(a.parent))


@functools.lru_cache(maxsize=8192)
def _abroad_name(name: str, has_parent: bool) -> bool:
    """The name test of :func:`_is_mission_abroad` (kept per name: it is asked for the same actors again and
    again)."""
    return _POST_ACTOR.search(name) is not None or (has_parent and _AID_AGENCY.search(name) is not None)


#: Development agencies ("Swiss Agency for Development and Cooperation", "Japan International
#: Cooperation Agency"): they work abroad, so they do not make their country the release's.
#: Words of the names of bodies that work abroad (development cooperation).
_ABROAD_WORDS = (r"International|Internationale|Development|D[ée]veloppement|Desenvolvimento|Cooperation|"
                 r"Coop[ée]ration|Coopera[çc][ãa]o|Zusammenarbeit|Overseas")
_AID_AGENCY = _rx(rf"\b(?:Agency|Agence|Agência|Gesellschaft|Office|Department|Bureau|Institute|Instituto|Institut)\b.*\b(?:{_ABROAD_WORDS})\b"
                  # the words before the head: "Japan International Cooperation Agency", "Korea International
                  # Cooperation Agency", "Turkish Cooperation and Coordination Agency"
                  rf"|\b(?:International\s+)?(?:Development\s+)?Cooperation\b.*\b(?:Agency|Agence|Agência)\b"
                  r"|^Global\s+Affairs\b|\bDevelopment\s+(?:Office|Agency|Department|Bureau)\b"
                  # a state's fund pays for work abroad: "the UK's Conflict, Stability and Security Fund"
                  r"|\bFund\b")


#: A body's name around a country: "the Supreme Court of the Republic of Tajikistan", "Tajikistan Police".
_BODY_OF_LEFT = _rx(rf"\b(?:{_HEAD})\b(?:\s+(?:of|for|on|and|the|de|du|des|la|e|et|do|da|dos|das|[A-Z][\w'\-]*|"
                    r"\([A-Z][\w/&\-]{1,14}\))){0,6}?"
                    r"\s+(?:of|de|du|da|do)\s+(?:the\s+|la\s+|l')?$")
_BODY_AFTER = _rx(rf"\s+(?:[A-Z][\w'\-]*\s+){{0,3}}(?:{_HEAD})\b")
#: The words ``_BODY_OF_LEFT`` ends with, before an article (see ``rules._last_word``).
_OF_WORDS = frozenset({"of", "de", "du", "da", "do"})


def _names_a_body(text: str, m: Match) -> bool:
    """True when a country is written in a body's name: its country takes part (for the main country only)."""
    if m.kind == "demonym":
        return False
    lo = max(0, m.start - 90)
    # (the left context must end with "of" or "de", ... and an article: a cheap test before the search)
    return bool((_last_word(text[lo:m.start]) in _OF_WORDS and _BODY_OF_LEFT.search(text, lo, m.start))
                or _BODY_AFTER.match(text, m.end))


#: A dateline at the start of a paragraph: "Beirut, 13 February 2020 –", "Niamey (Niger), le 3 mars",
#: "MAPUTO – ", "NAIROBI, Kenya, 12 May".
_DATELINE = _rx(
    r"(?:^|\n)[ \t]*([A-ZÀ-Þ][\w'\u2019.\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'\u2019.\-]*|es|of|de|du|al|el)){0,3}?)"
    r"(?:[ \t]*/[ \t]*[A-ZÀ-Þ][^,\n/]{1,30}?)*[ \t]*"  # "Maiduguri/Lagos": the first city
    r"(?:\(([^()\n]{1,40})\)[ \t]*|,[ \t]*([A-ZÀ-Þ][\w'\u2019\- ]{1,30}?)[ \t]*)?"
    r"(?:,[ \t]*(?:le[ \t]+|the[ \t]+|em[ \t]+|on[ \t]+)?\d{1,2}(?:st|nd|rd|th|er)?\b|,?[ \t]+[\u2013\u2014\-][ \t])")


def _dateline_country(text: str, gaz: Gazetteer) -> str | None:
    """The country of a release's dateline (in its first 600 characters): the country written in it
    ("Ruiru (Kenya), 14 March", "Mora, Cameroon, 12 July"), else the country whose capital (or usual
    dateline city) it names ("Beirut, 13 February 2020 –"), else None."""
    for m in _DATELINE.finditer(text[:600]):
        for named in (m.group(2), m.group(3)):
            who = gaz.resolve(named.strip()) if named else None
            if who is not None and who.id == f"gov-{(who.country or '').lower()}":
                return who.country
        c = gaz.city_country(m.group(1))
        if c:
            return c
    return None


def _dominant_country(matches: list[Match], gaz: Gazetteer, text: str,
                      memo: dict[tuple[int, int], tuple[bool, int]],
                      cues: dict[tuple[int, int, bool], tuple[str, str] | None],
                      dateline: str | None = None, extra: dict[str, Actor] | None = None) -> str | None:
    """The release's main country: the one acting most often (ties: the country of the dateline's city,
    then the first named).

    Countries named only as places count only when no country acts.
    """
    acting: Counter[str] = Counter()
    named: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in matches:
        if m.kind == "generic":
            continue  # a name that several countries' bodies share names none of them ("Ministry of Justice")
        # (discovered bodies count with the country their name or their release gave them)
        c = _country_of(m, gaz, extra or {})
        if c is None:
            continue  # acronyms of national bodies do not name their country
        first.setdefault(c, m.start)
        named[c] += 1
        if m.kind in _COUNTRY_KINDS:
            acts = _acts(text, m, memo)[0] or _names_a_body(text, m)
        else:
            acts = m.kind != "generic"
        if acts and (_is_mission_abroad((extra or {}).get(m.actor_id) or gaz.get(m.actor_id))
                     or _cue(text, m.start, m.end, False, cues) is not None
                     or _ENVOY_OF.search(text, max(0, m.start - 60), m.start)
                     # a state thanked by its name is a partner from abroad ("officials thanked the United
                     # Kingdom"), but not its government thanked ("remercié le Gouvernement tchadien")
                     or (m.kind in ("place", "official") and thanked(text, m.start))
                     or (m.kind == "demonym" and _ENVOY_AFTER.match(text, m.end))
                     or _CHANNEL.search(text, max(0, m.start - 40), m.start)):
            # an embassy, a donor, an envoy ("the Australian Ambassador to the Philippines"), a state thanked or
            # a donor's channel ("through the Department of Foreign Affairs and Trade") is a foreign state, not the
            # country of the release
            acts = False
        if acts:
            acting[c] += 1
    counts = acting or named
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c != dateline, first[c], c))


def extract_document(document: Any, *, gazetteer: Gazetteer | None = None) -> Mentions:
    """Extract the actors of one release.

    Parameters
    ----------
    document : ctnet.corpus.Document
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.default`.

    Returns
    -------
    Mentions
        Combine several with :meth:`Mentions.concat`.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
    >>> m = extract_document(Document("d1", "An EU-funded project."), gazetteer=g)
    >>> m.table[["actor_id", "surface", "start", "end", "role"]].values.tolist()
    [['eu', 'EU', 3, 5, 'donor']]
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    return Mentions.from_results([_extract(document, gaz)], gaz)


class _Spans:
    """Matches sorted by start, with a bisect lookup of those overlapping a span (no quadratic scans)."""

    def __init__(self, matches: list[Match]) -> None:
        self.ms = sorted(matches, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.ms]
        self.width = max((m.end - m.start for m in self.ms), default=0)

    def overlapping(self, a: int, b: int) -> list[Match]:
        i = bisect.bisect_left(self.starts, a - self.width)
        j = bisect.bisect_left(self.starts, b)
        return [m for m in self.ms[i:j] if m.start < b and a < m.end]


def _country_of(m: Match, gaz: Gazetteer, extra: dict[str, Actor]) -> str | None:
    """The country a match names: countries in any form, and bodies named by more than an acronym."""
    if m.kind == "blocked" or (m.kind in ("alias", "generic") and case_sensitive(m.surface)):
        return None
    a = extra.get(m.actor_id) or gaz.get(m.actor_id)
    return a.country if a is not None and a.type == "government" else None


#: The channel of a payer named before in the sentence: "through the Swedish International Development Cooperation
#: Agency (Sida)", "à travers la GIZ", "através do Bureau ... (INL)".
_CHANNEL = _rx(r"\b(?:through|via|à\s+travers|par\s+l'interm[ée]diaire|atrav[ée]s|por\s+meio|por\s+interm[ée]dio)"
               r"\s*(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|do\s+|da\s+|dos\s+|das\s+)?"
               r"(?:the\s+|la\s+|le\s+|les\s+|l'|o\s+|a\s+|its\s+|their\s+|son\s+|sa\s+|ses\s+|seu\s+|sua\s+)?$",
               re.IGNORECASE)
#: A country named as a place ("in Kenya", "en Allemagne", "no Brasil") or as a body's own ("the National
#: Prosecuting Authority of South Africa, through its ...").
_LOCATIVE = _rx(rf"\b(?:{PLACE_PREPOSITIONS}|across|throughout|of|de|du|des|da|do|das|dos)\s+(?:the\s+)?$",
                re.IGNORECASE)
#: Funding instruments (GUIDELINES: not actors, so no channel that pays).
_INSTRUMENT = _rx(r"\b(?:Fund|Facility|Instrument|Fonds|Facilit[ée]|Fundo|Facilidade|Instrumento)\b")
#: French and Portuguese national bodies named with a demonym after them.
_BODY_DEMONYM = _rx(r"\b(Police|Gendarmerie|Douanes?|Arm[ée]e|Forces\s+arm[ée]es|Garde\s+r[ée]publicaine|"
                    r"Pol[íi]cia|Alf[âa]ndegas?|For[çc]as\s+Armadas|Ex[ée]rcito|Guarda)\s+$")
#: A list of absentees (GUIDELINES §2): the countries do not take part.
_ABSENT = _rx(r"(?:\s*,[^.;,]{0,60},)?(?:\s+(?:were|was|had\s+been)\s+invited\s+but)?"  # ("were invited but could not")
              r"\s+(?:(?:were|was)\s+(?:unable|not\s+able)\s+to|"
              r"(?:did|could|were|was)\s+not|(?:didn't|couldn't|weren't|wasn't))\s+"
              r"(?:attend|participate|join|take\s+part|be\s+present|present|travel|come|be\s+represented)\b"
              r"|\s+(?:were|was)\s+absent\b")
#: An office of an organisation named after it: "Regional Office for Central Asia", "Country Office in Nigeria".
_OFFICE_NAME = _rx(r"(?:(?:Regional|Sub-?regional|Country|Liaison|Programme|Project|Field)\s+)?"
                   r"(?:Office|Bureau|Delegation|Mission)\s+(?:for|in|to|of)\s+(?:the\s+)?"
                   r"[A-Z][\w'\-]*(?:\s+(?:and\s+|the\s+|of\s+)*[A-Z][\w'\-]*){0,4}")
_LIST_WORD = _rx(r"\s+(?:and|et|e|&|or|ou)\b")
#: "of the" before a government's name that ends a body's name.
_OF_GOV = _rx(",?" + _OF_ARTICLE + "$")
_NAME_GOES_ON = _rx(r"\s+[A-Z]")
_OWNER_GAP = _rx(r"['\u2019]s\s+(?:[A-Z][\w\-]*-based\s+)?")  # ("The African Union's Algiers-based ...")
#: A place prefix before a name ("the Borno-based Association of ..."), and a person after one ("... and Ms. Amina").
_BASED_PREFIX = _rx(r"^[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?-based\s+(?=[A-Z])")
_PERSON_AFTER = _rx(r"\s+(?:and|et|e|&)\s+(?:Mr|Ms|Mrs|Dr|Prof|Hon|H\.E|Mme|M|Sr|Sra)\b.*$", re.DOTALL)
#: Words in brackets after a name ("(Badan Nasional Penanggulangan Terorisme, BNPT)").
_BRACKET_AFTER = _rx(r"\s*\(([^()\n]{2,80})\)")
#: Between a body and the body that owns it: "Department (CTD) of Punjab Police", "Centre of the"; or the owner's
#: long form before its acronym: "Unit of the Police of the Republic of Mozambique (".
_OWNER_LONG_GAP = _rx(r"\)?\s+of\s+(?:the\s+)?[A-Z][^()\n.;]{2,80}?\s*\(")
_OWNED_BY_GAP = _rx(r"\)?(?:\s*\([A-Z][\w\-/&. ]{1,14}\))?\s+of\s+(?:the\s+)?")
#: A name written as the owner of what follows: "the U.S. Department of State's ".
_OWNER_PHRASE = _rx(r"(?<![\w.])(?:[A-Z][\w.\-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w.\-]*['\u2019]s\s+$")


#: A sub-national unit at the start of a body's name: "Somali Regional State Bureau of Peace and Security".
_SUBDIVISION_LEAD = _rx(r"((?:[A-Z][\w'\-]*\s+){0,2}?[A-Z][\w'\-]*)\s+(?:Regional\s+State|Regional\s+Government|"
                        r"Region|State|Province|County|Governorate)\b")


def _subdivision_country(name: str) -> str | None:
    """The country of a body named after one of its sub-national units ("Somali Regional State Bureau of
    Peace and Security" is Ethiopia's, whatever the demonym "Somali" says), when only one country has a
    unit of that name; else None."""
    m = _SUBDIVISION_LEAD.match(name)
    if m is None:
        return None
    hits = {e[0] for e in subdivisions().get(fold(m.group(1)), ())}
    return next(iter(hits)) if len(hits) == 1 else None


def _owner_end(text: str, at: int) -> bool:
    """True when ``text[:at]`` ends as a match of ``_OWNER_PHRASE`` must: a possessive "'s" and spaces (a
    test of a few characters before the search)."""
    if at < 3 or not text[at - 1].isspace():
        return False
    head = text[max(0, at - 80):at].rstrip()
    return head.endswith(("'s", "\u2019s"))


_COMMA_GAP = _rx(r"(?:\s+(?:Secretariat|Commission|Headquarters))?\s*,\s*")
_UNIT_NAME = _rx(r"(?:[A-Z][\w\-]*\s+){0,4}(?:Unit|Section|Branch|Division|Desk|Team|Cell)\b")
_BRANCH_GAP = _rx(r"\s*(?:\([A-Z][\w\-/]{1,14}\)\s*)?(?:['\u2019]s\s+)?")


#: A country office's name after an agency's: "(JICA) Tanzania Office", "GIZ Kenya Country Office".
_COUNTRY_OFFICE = _rx(r"(?:[A-Z][\w'\-]*\s+){1,3}(?:(?:Country|Regional|Field|Liaison)\s+)?"
                      r"(?:Office|Mission|Representation)(?![\w\-])")


def _agency_office(who: Actor | None, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names a country office of ``who``, a state's agency abroad (an embassy or
    a development agency): that office is the agency, as an organisation's office is the organisation
    (GUIDELINES §3), not a unit of its own."""
    return who is not None and _is_mission_abroad(who) and _COUNTRY_OFFICE.fullmatch(text, a, b) is not None


def _branch_of_org(before: list[Match], text: str, a: int, gaz: Gazetteer) -> tuple[Actor, int] | None:
    """The organisation whose name a name follows directly, and where that name starts, or None.

    "the United Nations Office on Drugs and Crime (UNODC) Regional Office for Eastern Africa"
    and "IOM's Migration Management Unit" are offices of the organisation (GUIDELINES §3:
    aliases); "the EAC Regional Counter-Terrorism Centre" is a body with a mandate of its own
    (the caller tells them apart). National bodies are not read this way: a government's unit
    is a body of its own.
    """
    unit = _UNIT_NAME.match(text, a) is not None
    for m in before:
        if m.end <= a and m.kind in ("name", "alias", "bound") and (
                _BRANCH_GAP.fullmatch(text, m.end, a) or (unit and _COMMA_GAP.fullmatch(text, m.end, a))):
            who = gaz.get(m.actor_id)
            if who is not None and (who.type != "government" or (
                    _is_mission_abroad(who) and _COUNTRY_OFFICE.match(text, a) is not None)):  # its country office
                return who, m.start
    return None


#: Heads of offices and units, which are aliases of their organisation (GUIDELINES §3).
_OFFICE_LIKE = _rx(r"\b(?:Office|Bureau|Escrit[óo]rio|Branch|Unit|Section|Division|Delegation|D[ée]l[ée]gation|"
                   r"Delega[çc][ãa]o|Secretariat|Secr[ée]tariat|Commission|Department|Service|Services|Desk|Team|"
                   r"Cell|Cellule|Mission|Representation|Programme|Program|Directorate|Headquarters|Authority|"
                   r"Summit|Conference|Council\s+of\s+Ministers)\b")


_POST = _rx(r"\s+(?:in|to|at|à|au|aux|en|em|no|na|junto\s+(?:a|ao|à))\s+(?:the\s+|l[ae]\s+|l'|o\s+|a\s+)?"
            r"[A-ZÀ-ÖØ-Þ][\w'\-]*(?:\s+(?:(?:of|the|de|du|des|da|do)\s+|d['\u2019])*[A-ZÀ-ÖØ-Þ][\w'\-]*){0,3}")
_POST_ACTOR = _rx(r"\b(?:Embassy|High\s+Commission|Consulate|Permanent\s+Mission|Ambassade|Embaixada|"
                  r"Haut-Commissariat|Consulat|Mission\s+permanente|Missão\s+Permanente|Alta\s+Comiss[ãa]o|"
                  r"Consulado)\b", re.IGNORECASE)
#: Missions whose name ends with where they are accredited ("... to the United Nations"): no place is added.
_NO_POST = _rx(r"\b(?:Permanent\s+Mission|Mission\s+permanente|Missão\s+Permanente)\b", re.IGNORECASE)


def _post_extent(text: str, m: Match, who: Actor | None, spans: _Spans, gaz: Gazetteer) -> int:
    """The end of a mention's surface: an embassy takes the place it is in ("Embassy of Japan in Uganda").

    The place is part of the name researchers see (GUIDELINES §4, aliases are the names of
    the text). Only countries, cities and other places may follow; "the Embassy of Japan to
    the African Union" keeps the Union as a name of its own.
    """
    if who is None or who.type != "government" or not (
            _POST_ACTOR.search(who.name) or _POST_ACTOR.search(m.surface)) or _NO_POST.search(m.surface):
        return m.end
    p = _POST.match(text, m.end)
    if p is None or "\n" in p.group():
        return m.end
    for o in spans.overlapping(m.end, p.end()):
        if o.kind not in _COUNTRY_KINDS:
            return m.end
    return p.end()


_ADJ_BEFORE = _rx(r"(?:['\u2019]s)?\s+(?:the\s+)?$")
_ADJ_AFTER = _rx(r"\)?\s*(?:of|de|du|da|do|in|en|em|d['\u2019])\s+(?:the\s+|la\s+|l['\u2019])?")


def _adjacent_country(spans: _Spans, text: str, a: int, b: int, after: int, gaz: Gazetteer) -> str | None:
    """The country written against a name: "Malawi's Department of ...", "Kenyan National ...
    Centre", "Unidade de Informação Financeira (UIF) de Angola" (``after``: the end of the name
    or of its bracketed acronym)."""
    for m in spans.overlapping(max(0, a - 40), a):
        if m.end <= a and (m.kind in _COUNTRY_KINDS or m.kind == "gov") and _ADJ_BEFORE.fullmatch(text, m.end, a):
            c = _country_of(m, gaz, {})
            if c:
                return c
        who = gaz.get(m.actor_id) if m.kind in ("name", "alias") and m.end < a else None
        if who is not None and who.type == "government" and who.parent and who.country \
                and text[m.end:a] == " ":  # "the Somali Police Force Maritime Police Unit (MPU)": the force's country
            return who.country
    for m in spans.overlapping(after, after + 24):
        if m.start >= after and m.kind in ("place", "official", "gov", "name", "alias") \
                and _ADJ_AFTER.fullmatch(text, after, m.start):  # "... Division (TID) of the Sri Lanka Police"
            c = _country_of(m, gaz, {})
            if c:
                return c
    city = _CITY_AFTER.match(text, after)  # "o Centro de Estudos Judiciários (CEJ), de Lisboa": a capital's body
    if city is not None:
        return gaz.city_country(city.group(1))
    return None


#: A city written right after a name ("..., de Lisboa", "in Nairobi"), looked up among the capitals.
_CITY_AFTER = _rx(r"\)?,?\s*(?:of|de|in|en|em|à|a)\s+([A-ZÀ-Ý][\w\-]+(?:[ \-][A-ZÀ-Ý][\w\-]+)?)\b")


_PEOPLE_OF = _rx(r"\s+(?:(?:officials|officers|representatives|delegates|delegation|experts|participants|staff|"
                 r"members|judges|prosecutors|investigators)\s+(?:from|of)"
                 # "The Philippine delegation included officials from the ..."
                 r"|(?:delegation|team|side)\s+(?:included|comprised|consisted\s+of|was\s+composed\s+of)\s+"
                 r"(?:(?:senior\s+)?(?:officials|officers|representatives|experts|members)\s+(?:from|of))?)"
                 r"\s+(?:the\s+)?")


_LIST_BEFORE = _rx(r"(?:\s*\([^()]{1,15}\))?\s*(?:,\s*(?:and\s+|et\s+|e\s+)?|\s+(?:and|et|e|&)\s+|"
                   r"\s+(?:in|within|under|of)\s+(?=the\s))"
                   r"(?:the\s+|la\s+|le\s+|l'|du\s+|de\s+la\s+|de\s+l'|des\s+|do\s+|da\s+|o\s+|a\s+)?")


def _listed_after_body(spans: _Spans, text: str, a: int, gaz: Gazetteer, extra: dict[str, Actor]) -> str | None:
    """The country of the national body a name is listed after ("Mozambique's National Criminal Investigation
    Service (SERNIC) and the National Prison Service") or that sits in it ("Somalia's PCVE Coordination Office in
    the Office of the Prime Minister")."""
    for m in sorted(spans.overlapping(max(0, a - 160), a), key=lambda m: -m.end):
        if m.end > a:
            continue
        if _LIST_BEFORE.fullmatch(text, m.end, a):
            if m.kind not in ("name", "alias", "gov", "discovered"):
                return None  # a generic form is not resolved yet ("the Ministry of Justice, the ...")
            who = extra.get(m.actor_id) or gaz.get(m.actor_id)
            if who is not None and who.type == "government" and who.parent and who.country \
                    and not _is_mission_abroad(who) and not case_sensitive(m.surface):
                return who.country
            return None
    return None


def _people_of_country(spans: _Spans, text: str, a: int, gaz: Gazetteer) -> str | None:
    """The country of the people a body's name follows: "Ivorian officials from the Ministry of ..."."""
    for m in spans.overlapping(max(0, a - 60), a):
        if m.end <= a and m.kind in _COUNTRY_KINDS and _PEOPLE_OF.fullmatch(text, m.end, a):
            return _country_of(m, gaz, {})
    return None


def _add_subnational(text: str, matches: list[Match], gaz: Gazetteer,
                     extra: dict[str, Actor]) -> tuple[list[Match], set[tuple[int, int]]]:
    """Matches plus the acting sub-national governments (country names inside them are dropped),
    and the spans of the latter."""
    if not any(w in text for w in _SUBNATIONAL_WORDS):
        return matches, set()
    countries = {c for c in (_country_of(m, gaz, extra) for m in matches) if c}
    found = find_subnational(text, countries)
    if not found:
        return matches, set()
    spans = _Spans(matches)
    drop: set[int] = set()
    added: list[Match] = []
    for sub in found:
        inside = spans.overlapping(sub.start, sub.end)
        if any(m.kind not in _COUNTRY_KINDS for m in inside):
            continue  # the registry or discovery already named it ("Puntland Government")
        if any(m.start == sub.start and (m.end == sub.end or (
                m.kind in _COUNTRY_KINDS and re.fullmatch(r"\s+[Aa]uthorities", text[m.end:sub.end]))) for m in inside):
            continue  # "Somali officials", "Somali authorities": the country's, not those of Ethiopia's Somali Region
        gov = gaz.get(f"gov-{sub.iso3.lower()}")
        if gov is None:
            continue
        typ = sub.kind if not sub.name.endswith(sub.kind) else ""
        typ = " ".join(w[:1].upper() + w[1:] for w in typ.split())  # ISO's "Regional state": "Regional State"
        full = f"{sub.name} {typ}".strip()
        who = None
        for cand in (f"Government of {sub.name}", f"{sub.name} Government", f"{full} Government",
                     f"Government of {full}", f"Provincial Government of {sub.name}", f"{sub.name} Provincial Government"):
            hit = gaz.resolve(cand)
            if hit is not None and hit.type == "government" and hit.country == sub.iso3 and hit.parent:
                who = hit
                break
        if who is None:
            cname = _country_label(gov)
            canonical = f"Government of {full} ({cname})"
            who = extra.setdefault(f"x-{slugify(canonical)}", Actor(
                f"x-{slugify(canonical)}", canonical, "government", sub.iso3, gov.id, (text[sub.start:sub.end],), True))
        drop.update(id(m) for m in inside)
        added.append(Match(sub.start, sub.end, text[sub.start:sub.end], who.id, "discovered", text[sub.start:sub.end]))
    if not added:
        return matches, set()
    return (sorted([m for m in matches if id(m) not in drop] + added, key=lambda m: (m.start, m.end)),
            {(m.start, m.end) for m in added})


_SUBNATIONAL_WORDS = ("Governor", "Wali", "Premier", "Chief Minister", "Superintendent", "Governador", "Gouverneur",
                      "overnment", "represented", "Administration", "administration", "authorities", "Authorities", "officials",
                      "Minister", "President", "Governo", "Gouvernement", "Secret", "Préf", "Pref", "Ministre",
                      "autorit", "autoridades", "Commissaire", "Wali", "Governors", "governador", "gouverneur", "préf")


def _foreign_acronym(m: Match, gaz: Gazetteer, countries_named: set[str]) -> bool:
    """True for a national body's acronym ("PRM") in a release that never names its country."""
    if not case_sensitive(m.surface) or len(m.surface) > 6:
        return False
    for aid in [m.actor_id] + [x for x, _ in m.alts]:  # a shared acronym ("CENTIF"): any of its countries
        a = gaz.get(aid)
        if a is None or a.type != "government" or not a.parent or not a.country or a.country in countries_named:
            return False
        if _ACTS_ABROAD.search(a.name):
            return False  # a donor's agency works abroad: "funded by USAID", "JICA", "GIZ"
    return True


#: A mission accredited to a place: "the Delegation of the European Union to", "Norway's Ambassador to".
_ACCREDITED = _rx(r"\b(?:Delegations?|Ambassadors?|Embass(?:y|ies)|High\s+Commission(?:ers?|s)?|Missions?|"
                  r"Representatives?|Envoys?)\b[^.;:()\n]{0,60}?\bto\s+(?:the\s+)?$")
_MISSION_TO = _rx(r"\b(?:Delegation|Embassy|Mission|High\s+Commission)\b.*\bto\s+(?:the\s+)?([A-Z][^,;()]*)$")
#: An organisation's own mission or office, which acts: "the OSCE Mission to Bosnia and Herzegovina".
_OWN_MISSION = _rx(r"\b(?:Delegation|Embassy|Mission|Office|Bureau)\b")
_AND_BEFORE = _rx(r"\s(?:and|&)\s+(?:the\s+)?$")


def _second_accreditation(text: str, m: Match, matches: list[Match], actor: Callable[[str], Actor | None],
                          gaz: Gazetteer) -> bool:
    """True for a regional organisation that a mission is accredited to after a country.

    "the Delegation of the European Union to Nigeria and ECOWAS", "Norway's Ambassador to
    Ethiopia and IGAD": ECOWAS and IGAD are where the mission is sent, as Nigeria and Ethiopia
    are, not actors (GUIDELINES §1, venues and places). Organisations of other kinds after the
    same words are named as partners ("the Delegation of the European Union to Mozambique and
    the United Nations Office on Drugs and Crime launched").
    """
    gap = _AND_BEFORE.search(text, max(0, m.start - 12), m.start)
    if gap is None:
        return False
    who = actor(m.actor_id)
    if who is None or who.type != "regional_org" or _OWN_MISSION.search(m.surface):
        return False
    p = next((p for p in matches if p.end == gap.start()), None)  # what comes before the "and"
    if p is None:
        return False
    if p.kind == "place":
        return _ACCREDITED.search(text, max(0, p.start - 90), p.start) is not None
    to = _MISSION_TO.search(p.surface)  # a mission named with its place: "EU Delegation to Nigeria"
    return to is not None and (gaz.claim(to.group(1)) or ("", ""))[1] == "place"


#: Names of national bodies whose work is abroad (development agencies, foreign ministries): their
#: acronyms name them wherever they are written.
_ACTS_ABROAD = _rx(rf"\b(?:{_ABROAD_WORDS}|Foreign|Global\s+Affairs)\b")


def _covering(spans: _Spans, ls: int, le: int) -> list[Match]:
    """Matches that end where a long form ends and start inside it or before it."""
    return [m for m in spans.overlapping(ls, le + 1) if le - 1 <= m.end <= le + 1 and m.end > ls]


def _cand_country(act: Actor | None, gaz: Gazetteer) -> str | None:
    """The country of an actor: its own field, else the "(Country)" suffix of its name."""
    if act is None:
        return None
    if act.country:
        return act.country
    m = re.search(r"\(([^()]+)\)\s*$", act.name)
    if m:
        g = gaz.resolve(m.group(1))
        if g is not None and g.type == "government" and g.parent is None and g.country:
            return g.country
    return None


#: What a body is "under" in its official name (Central Asian usage), with the state's name after it.
_UNDER = _rx(r"\s+under\s+the\s+(?:Government|President|Cabinet\s+of\s+Ministers|Cabinet|Prime\s+Minister|"
             r"Prosecutor[\s-]General['\u2019]s\s+Office|Office\s+of\s+the\s+Prosecutor[\s-]General)"
             # (not "a Centre under the Ministry of Peace": where a planned body goes)
             r"(\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})?(?![\w\-])")
#: A word that makes a national body of an international one's name: "National Human Rights Council".
_NATIONAL_PREFIX = _rx(r"(?:National|Independent|Federal|Provincial|State)\s+")
#: A class noun in apposition after a name: ", a Tashkent-based non-governmental organization", ", an NGO".
_CLASS_AFTER = _rx(r"\s*(?:\([^()]{1,15}\)\s*)?,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:non[\s-]governmental\s+"
                   r"organi[sz]ation|NGO|civil[\s-]society\s+organi[sz]ation|CSO|think[\s-]tank|charity|"
                   r"faith[\s-]based\s+organi[sz]ation|community[\s-]based\s+organi[sz]ation)\b",
                   re.IGNORECASE)
#: The capitalised name right before such an apposition (not its article).
_NAME_BEFORE_CLASS = _rx(rf"(?<![\w'\u2019-])(?!(?:The|A|An)\s)({_CAP}(?:\s+(?:(?:of|for|and|the|against)\s+)?{_CAP}){{0,5}})"
                         r"\s*(?:\([^()]{1,15}\)\s*)?$")
#: What comes between two coordinated names: " and the ", ", the ", " et la ".
_BEFORE_SECOND = _rx(r"(?:\s+(?:and|et|e|&)\s+(?:the|le|la|les|l'|o|a|os|as)?\s*|\s*,\s*(?:and\s+)?(?:the\s+)?)$")
#: Units an international organisation names as its own ("its Directorate of Political Affairs").
_ORG_UNIT_HEAD = _rx(r"(?:Directorate|Department|Division|Secretariat)\b")
#: The organs of an organisation, named after its possessive: "Its Governing Board", "its Council of Police Chiefs".
_ORGAN_END = _rx(r"\b(?:Board|Council|Committee|Directorate|Secretariat)(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?$")


def _last_named_is_organisation(spans: _Spans, gaz: Gazetteer, a: int) -> bool:
    """Whether the last actor named in the 300 characters before ``a`` is an organisation, not a state's body."""
    before = [m for m in spans.overlapping(max(0, a - 300), a - 1) if m.kind in _STRONG_KINDS and m.end <= a]
    if not before:
        return False
    last = gaz.get(max(before, key=lambda m: m.end).actor_id)
    return last is not None and last.type != "government"
#: Where a match of :data:`_ORG` can start: every alternative starts at a word with a capital, or at
#: "ministère"/"ministério"/"mairie" in lower case.
_ORG_START = _rx(r"\b(?:[A-ZÀ-ÖØ-Þ]|minist|mairie)")


_FR_LONG_START = _rx(rf"(?:Haut|Haute|Grand|Grande|{_FR_HEADS}|Minist[èe]re|Minist[ée]rio)\b")
#: A French link and a lower-case word, where the English reading of a name stopped ("... de l'Autonomisation| des
#: jeunes").
_FR_LOWER_AFTER = _rx(r"\s+(?:de\s+la\s+|de\s+l['\u2019]|des\s+|du\s+|de\s+|d['\u2019])[a-zà-ÿ]")


@functools.cache
def _fr_long() -> re.Pattern[str]:
    """The French reading of a name whose head ``_ORG`` also reads the English way (see :func:`_org_name`);
    compiled when first needed (35 ms), as English releases never need it."""
    return _rx(rf"(?:{_FR_LONG_NAME}|(?:Minist[èe]re|Minist[ée]rio){_FR_NAME_LINK}{{1,6}})\b")


def _org_search(text: str, pos: int) -> re.Match[str] | None:
    """``_ORG.search(text, pos)``, tried only where a match can start (the same match, about twice as fast)."""
    for c in _ORG_START.finditer(text, pos):
        m = _ORG.match(text, c.start())
        if m is not None:
            return m
    return None


def _org_name(text: str, pos: int) -> re.Match[str] | None:
    """The next name of :data:`_ORG` from ``pos``, read the French way where that is longer and a list follows.

    The first alternative of ``_ORG`` that matches wins, and where a French head is also an
    English one, that reading stops at a lower-case word that French names keep ("le Ministère
    de l'Autonomisation des jeunes, de l'Emploi, des Sports et du Service civique"). The French
    reading is taken when it is longer and a list of portfolios follows it; without the list,
    the lower-case words are as often the object of the sentence ("a remis au Ministère de
    l'Immigration trois postes").
    """
    m = _org_search(text, pos)
    if m is not None and _FR_LOWER_AFTER.match(text, m.end()) and _FR_LONG_START.match(text, m.start()):
        fr = _fr_long().match(text, m.start())
        if fr is not None and fr.end() > m.end() and _FR_COMMA_TAIL.match(text, fr.end()):
            return fr
    return m


_OFFICE_OF = _rx(r"(.+?)\s+of\s+(?:the\s+)?")
#: An organisation's acronym, then its office: "OSCE Programme Office in Dushanbe" ("Programme Office").
_ORG_THEN_OFFICE = _rx(r"[A-Z]{2,8}\s+((?:Regional|Country|Programme|Program|Project|Liaison|Field|Sub-?Regional)"
                       r"\s+(?:Office|Bureau|Delegation|Centre|Center))\b")
#: National bodies that take part in the work itself, never its payers by a support formula.
_OPERATIONAL_BODY = _rx(r"\b(?:Police|Court|Judiciary|Prosecut\w*|Prisons?|Correctional|Customs|Immigration|"
                        r"Border|Army|Navy|Armed\s+Forces|Coast\s+Guard|Gendarmerie|Intelligence|Investigation)\b")
#: A place after an office's name: " for Eastern Africa", " in Dushanbe".
_PLACE_TAIL = _rx(r"\s+(?:for|in|to|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w\-]*){0,4}")
#: Capitalised words right after a name (it may go on as the name of something else).
_CAP_WORDS_AFTER = _rx(r"(?:[ \t]+[A-Z][\w\-]*){1,4}")
#: Organisations with country offices named "<ACRONYM> <Country>".
_OFFICE_OWNER_TYPES = frozenset({"un_agency", "intergovernmental", "regional_org", "ngo"})


def _own_country_tails(matches: list[Match], text: str, gaz: Gazetteer) -> list[Match]:
    """Take a national body's own country into its name: "the Anti-Terrorism Police Unit of Kenya",
    "le Ministère de la Sécurité et de la Protection civile du Mali" name the body only (GUIDELINES §3),
    and annotators write the whole name, country included."""
    out: list[Match] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if (nxt is not None and m.kind in ("name", "alias", "generic") and nxt.kind in ("place", "official")
                and (of := _OF_THE_AFTER.match(text, m.end)) is not None and of.end() == nxt.start
                and (c := gaz.get(nxt.actor_id)) is not None and c.country and c.parent is None
                and not _BODY_AFTER.match(text, nxt.end)):
            # (a name several countries' bodies share is the one of that country: "la CENTIF du Sénégal")
            who = next((x for x in [gaz.get(m.actor_id)] + [gaz.get(y) for y, _ in m.alts]
                        if _national_body(x) and x is not None and x.country == c.country), None)
            if who is not None and (m.kind != "generic" or case_sensitive(m.surface)):  # (an acronym)
                out.append(Match(m.start, nxt.end, text[m.start:nxt.end], who.id,
                                 "alias" if m.kind == "generic" else m.kind, m.alias))
                i += 2
                continue
        if (nxt is not None and m.kind in ("name", "alias") and nxt.kind == "demonym" and nxt.start == m.end + 1
                and text[m.end] == " " and nxt.surface[:1].islower() and (who := gaz.get(m.actor_id)) is not None
                and _national_body(who) and (c := gaz.get(nxt.actor_id)) is not None and c.country == who.country):
            # "le Ministère fédéral des Affaires étrangères allemand": French and Portuguese write the demonym after
            # the body's name (the state is no mention of its own: GUIDELINES §3)
            out.append(Match(m.start, nxt.end, text[m.start:nxt.end], m.actor_id, m.kind, m.alias, m.alts))
            i += 2
            continue
        if (nxt is not None and m.kind in ("name", "alias") and nxt.kind == "place" and nxt.start == m.end + 1
                and text[m.end] == " " and (who := gaz.get(m.actor_id)) is not None
                and ((m.surface.isupper() and len(m.surface) >= 2 and who.type in _OFFICE_OWNER_TYPES)
                     or who.type == "private")  # ("MTN Benin", "Zain Jordan": a company's subsidiary there)
                and not re.match(r"['\u2019\w-]", text[nxt.end:nxt.end + 1])):
            # "IOM Togo", "l'ONUDC Sénégal", "UNHCR Kenya": the organisation's office in the country, an alias
            # of the organisation (GUIDELINES §3); the country is a place
            out.append(Match(m.start, nxt.end, text[m.start:nxt.end], m.actor_id, m.kind, m.alias, m.alts))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_ACRONYM_AFTER = _rx(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,14})\)")


#: A one-word name before a dash and a head-first name, after an article or a conjunction (not a dateline).
_DASH_PREFIX = _rx(r"\b(?:a|o|the|The|la|La|le|Le|l['\u2019]|da|do|de|du|e|et|and|with|avec|com|"
                   r"NGO|ONG|organi[sz]ation|organização|civil|civile)\s+"
                   r"([A-ZÀ-Þ][\w\-]+)\s+[\u2013\u2014]\s+$")


def _shortened(short: str, name: str) -> bool:
    """True when ``short`` (two words or more, with a head) is the start of ``name`` cut before a comma or a
    connector: "Polícia Costeira" of "Polícia Costeira, Lacustre e Fluvial", "Basel Institute" of "Basel
    Institute on Governance".

    >>> _shortened("Polícia Costeira", "Polícia Costeira, Lacustre e Fluvial"), _shortened("Police", "Police Force")
    (True, False)
    """
    s, n = fold_lower(short), fold_lower(name)
    return (len(short.split()) >= 2 and bool(_HEAD_RX.search(short)) and n.startswith(s)
            and re.match(r",|\s+(?:of|for|on|and|de|du|des|da|do|dos|das|e|et|para|pour)\b", n[len(s):]) is not None)


def _split_brackets(matches: list[Match]) -> list[Match]:
    """Split an alias written with its acronym ("Office of ... Adviser (ONSA)") into name and acronym."""
    out: list[Match] = []
    for m in matches:
        b = _BRACKETED.match(m.surface)
        if b is None or not case_sensitive(b.group(2)):  # "(ONSA)" splits, "(Kenya)" does not
            out.append(m)
            continue
        out.append(Match(m.start, m.start + len(b.group(1)), b.group(1), m.actor_id, m.kind, m.alias, m.alts))
        a0 = m.start + b.start(2)
        out.append(Match(a0, a0 + len(b.group(2)), b.group(2), m.actor_id, m.kind, m.alias, m.alts))
    return out


#: An office written before its organisation in French or Portuguese: "le Bureau régional d'INTERPOL pour l'Afrique
#: de l'Ouest", "o Escritório de Ligação do UNODC em Bissau" (GUIDELINES §3: the organisation itself).
_OFFICE_BEFORE_ORG = _rx(
    r"\b(?i:bureau|escrit[óo]rio|repr[ée]sentation|antenne|sous-bureau)(?:\s+(?i:r[ée]gional|sous-r[ée]gional|regional|"
    r"national|nacional|de\s+pays|de\s+liaison(?:\s+et\s+de\s+partenariat)?|de\s+liga[çc][ãa]o(?:\s+e\s+parceria)?))?"
    r"\s+(?:de\s+l['\u2019]|de\s+la\s+|du\s+|d['\u2019]|do\s+|da\s+|de\s+)$")
_OFFICE_SCOPE = _rx(r"\s+(?:pour|para|en|au|aux|no|na|em)\s+(?:l['\u2019]|la\s+|le\s+|les\s+|o\s+|a\s+)?"
                    r"[A-ZÀ-Þ][\w\-]*(?:\s+(?:de\s+l['\u2019]|de\s+la\s+|du\s+|et\s+du\s+|et\s+de\s+l['\u2019]|"
                    r"de\s+|d['\u2019]|e\s+)?[A-ZÀ-Þ][\w\-]*){0,4}")


def _org_offices(matches: list[Match], text: str, gaz: Gazetteer) -> list[Match]:
    """An organisation's office named before it is the organisation, with the office's whole name as surface."""
    out: list[Match] = []
    for m in matches:
        who = gaz.get(m.actor_id) if m.kind in ("name", "alias") else None
        off = _OFFICE_BEFORE_ORG.search(text, max(0, m.start - 60), m.start) if who is not None \
            and who.type in _OFFICE_OWNER_TYPES and m.surface.isupper() else None  # (its acronym: "d'INTERPOL")
        if off is None or off.end() != m.start:
            out.append(m)
            continue
        scope = _OFFICE_SCOPE.match(text, m.end)
        end = scope.end() if scope is not None else m.end
        while out and out[-1].end > off.start():
            out.pop()
        out.append(Match(off.start(), end, text[off.start():end], m.actor_id, m.kind, m.alias, m.alts))
    kept: list[Match] = []
    for m in out:  # (what the office's scope covers: "pour l'Afrique de l'Ouest")
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def _verbatim(piece: str, text: str, raw: str) -> str:
    """``piece`` of the apostrophe-normalised ``text`` as the release writes it (``raw``: same offsets)."""
    if not piece or text is raw:
        return piece
    i = text.find(piece)
    return raw[i:i + len(piece)] if i >= 0 else piece


def _extract(doc: Any, gaz: Gazetteer) -> DocResult:
    raw = doc.text or ""
    # the rules read the typographic apostrophe as the straight one ("d’Action", "L’Allemagne"): one code point for
    # another, so every offset holds; surfaces, evidence and sentences are taken from the release as written
    text = raw.replace("\u2019", "'") if "\u2019" in raw else raw
    matches = _org_offices(_own_country_tails(_split_brackets(find_matches(text, gaz.automaton)), text, gaz), text,
                           gaz) if len(gaz) else []
    memo: dict[tuple[int, int], tuple[bool, int]] = {}
    cues: dict[tuple[int, int, bool], tuple[str, str] | None] = {}
    extra_actors: dict[str, Actor] = {}
    dateline = _dateline_country(text, gaz)

    # 1. acronym definitions "Long Form (LF)": bind LF in this release.
    bound: dict[str, Match] = {}
    forced: list[Match] = []
    spans = _Spans(matches)
    dominant: list[str | None] | None = None
    seen_disc: dict[str, Actor] = {}  # discovered bodies whose country the text gives, by name without it
    countries_seen = {c for c in (_country_of(m, gaz, {}) for m in matches) if c}
    for ls, le, acro, a_s, a_e in find_acronym_definitions(text):
        if acro in bound:
            continue
        cover = [m for m in _covering(spans, ls, le) if m.end <= a_s or m.start >= a_e]
        if any(m.kind == "blocked" for m in cover) or any(m.kind == "blocked" for m in spans.overlapping(a_s, a_e)):
            continue  # an excluded actor and its acronym
        strong = [m for m in cover if m.kind in _STRONG_KINDS or m.kind in ("generic", "official")]
        best = max(strong, key=lambda m: (m.end - m.start, -m.start)) if strong else None
        if best is not None and best.end < le and _national_body(gaz.get(best.actor_id)) and _HEAD_RX.search(
                text, best.end, le) and not any(m.end > best.end for m in strong):
            # "the Anti-Terrorism Council Program Management Center (ATC-PMC)": a body of its own, named
            # after the registry's body (discovered below)
            best = None
            strong = []
        if strong:
            assert best is not None
            claim = gaz.claim(acro)
            if (claim is not None and claim[1] != "generic" and claim[0] in gaz and best.start > ls
                    and best.actor_id in gaz.ancestors(claim[0]) and _HEAD_RX.search(text, ls, best.start)):
                # "the Anti-Terrorism Centre of the Commonwealth of Independent States (CIS ATC)": the
                # registry's body, named with its parent organisation (only the body: GUIDELINES §3)
                fm = Match(ls, le, text[ls:le], claim[0], "alias", text[ls:le])
                bound[acro] = fm
                forced.append(fm)
                continue
            if claim is not None and claim[1] != "generic" and claim[0] != best.actor_id and claim[0] in gaz and (
                    claim[0] in gaz.ancestors(best.actor_id)
                    or fold(gaz[claim[0]].name) in fold(text[ls:le])):
                continue  # "Southern African Development Community Regional ... Centre (SADC)": SADC stays SADC
            bound[acro] = best
            continue
        lead = _OWNER_WORD.match(text, ls, le)
        if lead and lead.end() < le:  # "its Centre of Excellence ... (ICEPCVE)": the name starts after "its"
            ls = lead.end()
        first = _first_of_two(text[ls:le])
        if len(first) < le - ls and (sep := _SECOND_NAME.match(text, ls + len(first), le)) is not None:
            ls = sep.end()  # "the National Gendarmerie and the National Nomadic Guard of Chad (GNNT)": the second's
        long = text[ls:le]
        class_noun = _CLASS_BEFORE.search(text, max(0, ls - 40), ls) is not None
        if not (class_noun or _HEAD_RX.search(long)) or _NOT_ORG.search(long):
            continue
        inside = spans.overlapping(ls, le)
        if any(m.kind in _STRONG_KINDS and (m.start < ls or m.end > le or (m.end - m.start) >= (le - ls) - 1)
               for m in inside):
            continue
        if any(m.kind in _STRONG_KINDS and gaz[m.actor_id].type != "government"
               and not _NATIONAL_PREFIX.fullmatch(text, ls, m.start) for m in inside):
            # (but "the National Human Rights Council (CNDH)" is a national body, not the UN's Council)
            continue
        if dominant is None:
            dominant = [_dominant_country(matches, gaz, text, memo, cues, dateline, extra_actors)]
        country = _subdivision_country(long) or _country_in(inside, gaz) or _adjacent_country(
            spans, text, min(ls, a_s), le, max(le, a_e), gaz)  # "AGT (Administração Geral Tributária) de Angola"
        if not country and forced:  # "The Philippine delegation included officials from the ATC-PMC, the BuCor ..."
            so_far = _Spans(matches + forced)
            country = (_people_of_country(so_far, text, ls, gaz)
                       or _listed_after_body(so_far, text, ls, gaz, extra_actors))
        elif not country:
            country = _people_of_country(spans, text, ls, gaz)
        known = _translated(acro, long, gaz, country, countries_seen)
        if known is not None:
            # "Bureau de Assuntos Internacionais de Narcóticos e Aplicação da Lei (INL)": the registry's INL,
            # named in another language
            fm = Match(ls, le, long, known.id, "alias", long)
            bound[acro] = fm
            forced.append(fm)
            continue
        act = _discovered(long, country or dominant[0], gaz,
                          "ngo" if class_noun and not _HEAD_RX.search(long) else None)
        if country:
            seen_disc.setdefault(_core_key(act), act)
        extra_actors[act.id] = act
        fm = Match(ls, le, long, act.id, "discovered", long)
        bound[acro] = fm
        forced.append(fm)

    # a registry name with its acronym in brackets, too long for a definition ("the Pôle judiciaire spécialisé en
    # matière de lutte contre le terrorisme et la criminalité transnationale organisée (PJS)"): the acronym is
    # that body's in this release, whatever other body the registry gives it
    for m in matches:
        if m.kind not in ("name", "alias", "generic") or gaz.get(m.actor_id) is None or len(m.surface.split()) < 7:
            continue  # (shorter names are found as definitions above)
        br = _ACRONYM_AFTER.match(text, m.end)
        if br is None or br.group(1) in bound or not case_sensitive(br.group(1)):
            continue
        claim = gaz.claim(br.group(1))
        if claim is not None and claim[1] != "generic" and claim[0] != m.actor_id:
            continue  # the registry's own acronym of another body stays that body's
        bound[br.group(1)] = m

    if bound:
        rx = re.compile(r"(?<![\w/-])(" + "|".join(re.escape(a) for a in sorted(bound, key=lambda a: (-len(a), a)))
                        + r")(?![\w/-])")
        for rm in rx.finditer(text):
            bm = bound[rm.group()]
            if any(m.kind in _STRONG_KINDS and m.start <= rm.start() and rm.end() <= m.end
                   and m.end - m.start > rm.end() - rm.start() for m in spans.overlapping(rm.start(), rm.end())):
                continue  # inside a longer registry name: "IGAD Centre of Excellence" stays the Centre
            kind = "generic" if bm.kind == "generic" else "bound"
            forced.append(Match(rm.start(), rm.end(), rm.group(), bm.actor_id, kind, bm.alias, bm.alts))

    if forced:
        matches = resolve_overlaps(forced + [m for m in matches if not any(
            m.start < f.end and f.start < m.end for f in forced)])

    # 2. organisations with a head word that the registry does not know (national bodies).
    disc: list[Match] = []
    offices: list[Match] = []  # offices of an organisation, named after it ("UNODC Regional Office for ...")
    owners: list[tuple[int, int]] = []  # bodies written as the owner of a body ("the National Assembly's ...")
    owner_country: dict[int, str | None] = {}  # start of the inner body -> the owner's country
    owners_c: set[int] = set()  # starts of bodies written after their country's possessive ("Ghana's ...")
    org_office_names: dict[str, str] = {}  # offices named with their organisation ("... of the G5 Sahel") -> it
    for m in matches:  # "the OSCE Programme Office in Dushanbe" (a registry form): a later "the Programme Office" too
        if m.kind in ("name", "alias") and (o := gaz.get(m.actor_id)) is not None and o.type != "government" \
                and (om := _ORG_THEN_OFFICE.match(m.surface)) is not None:
            org_office_names.setdefault(om.group(1), o.id)
    sub_bodies: set[tuple[int, int]] = set()  # units named after a national body ("Kenya Police Marine Unit")
    org_bodies: dict[tuple[int, int], Actor] = {}  # bodies named after their organisation ("EAC ... Centre")
    spans = _Spans(matches)
    pos = 0
    while True:
        om = _org_name(text, pos)
        if om is None:
            break
        a, b = om.start(), om.end()
        pos = b
        name = om.group()
        lead = _LEAD_DROP.match(name)
        while lead:
            a += lead.end()
            name = text[a:b]
            lead = _LEAD_DROP.match(name)
        # a name runs over a hard line break only into a lower-case word ("Academy\nof Police Sciences")
        name = re.split(r"\n(?![ \t\u00a0]*[a-z\u00e0-\u00ff])", name, maxsplit=1)[0].rstrip()
        head = _HEAD_RX.search(name) or _LOWER_HEAD.match(name)
        if head is None:
            continue
        inner = _NESTED_OF.search(name, head.end())
        nested_country = None
        if inner is None and (cm := _NESTED_OF_COUNTRYS.search(name, head.end())) is not None and (country_m := [
                m for m in spans.overlapping(a + cm.start(1), a + cm.end(1)) if m.kind in ("place", "official")
                and m.start == a + cm.start(1) and m.end == a + cm.end(1)]):
            inner = cm
            nested_country = _country_in(country_m, gaz)
        if inner is None:  # "the Anti-Terrorism Unit of Bangladesh Police": a registry body owns it
            for of_m in _OF_THE_SPLIT.finditer(name, head.end()):  # (also "... Centre of the PSD")
                at = a + of_m.end()
                owning = [m for m in spans.overlapping(at, at + 1) if m.start == at
                          and (m.kind in ("name", "alias", "bound") or (m.kind == "generic" and (
                              case_sensitive(m.surface) or _HEAD_RX.search(m.surface))))
                          and (boss := extra_actors.get(m.actor_id) or gaz.get(m.actor_id)) is not None
                          and boss.type == "government" and boss.parent]
                if owning and owning[0].end >= a + len(name.rstrip()):
                    inner = of_m
                    break
        if inner and (re.search(r"(?:\s(?:and|et|e|&)|,)$", name[:inner.start()])
                      or len(name[:inner.start()].split()) < 2):
            inner = None  # "... Child Protection and of the Wahid Foundation": two names, cut below; "the Academy of
            # the Ministry of Internal Affairs": a one-word head is no name of its own
            nested_country = None
        if nested_country is not None and inner is not None:
            owners.append((a + inner.start(1), b))  # only the inner body, in the owner's country (no mention of either)
        if inner:  # "Administration Police Service of the National Police Service": only the first body
            name = name[:inner.start()]
        based = _BASED_PREFIX.match(name)
        if based and _HEAD_RX.search(name, based.end()):  # "the Borno-based Association of ...": the name after it
            a += based.end()
            name = name[based.end():]
        name = _PERSON_AFTER.sub("", name)  # "... Association of Victims of Insurgency and Ms. Amina ...": not the name
        cls = _CLASS_PREFIX.match(name)
        if cls and _HEAD_RX.search(name, cls.end()):  # "the Kenyan NGO Faraja Foundation": the name after the class
            a += cls.end()
            name = name[cls.end():]
        poss = _POSS_PREFIX.match(name)
        if poss and _HEAD_RX.search(poss.group(1)) and not _HEAD_RX.search(name, poss.end()):
            # "the Ministry of Migration and Displacement's Ninewa branch": the owner is the name
            name = poss.group(1)
            poss = None
        if poss and _HEAD_RX.search(poss.group(1)) and not _LIST_IN.search(poss.group(1)):
            # the owner's name is not the first of two names:
            # "the Kenya Revenue Authority's Customs and Border Control Department"
            name = name[:poss.end()] + _first_of_two(_before_non_org(name[poss.end():]))
        else:
            name = _first_of_two(_before_non_org(name))
        if (title := _AND_TITLE.search(name)) is not None:
            name = name[:title.start()]  # "... et de la Cheffe de mission": a person follows
        poss = _POSS_PREFIX.match(name)
        owner_body = poss is not None and bool(
            _HEAD_RX.search(poss.group(1)) and _HEAD_RX.search(name, poss.end()) and len(name[poss.end():].split()) >= 2
            and not any(m.kind not in _COUNTRY_KINDS and m.kind != "generic"
                        # a national body may own an unknown unit: "the Uganda Police Force's ... Directorate"
                        and not (_national_body(gaz.get(m.actor_id)) and not any(
                            i.kind in _STRONG_KINDS for i in spans.overlapping(a + poss.end(), b)))
                        for m in spans.overlapping(a, a + poss.end()))
            and _branch_of_org(spans.overlapping(max(0, a - 24), a), text, a, gaz) is None)
        if poss and (owner_body or any(m.start < a < m.end for m in spans.overlapping(a, a + poss.end()))):
            # "the Federal Government of Somalia's Ministry of Ports": the owner is a name of its own;
            # "the National Assembly's Portfolio Committee on Justice", "the French Ministry of Justice's
            # Office for ...": only the inner body (GUIDELINES §3), in the owner's country
            if owner_body:
                owners.append((a, a + poss.end()))
                owner_country[a + poss.end()] = _country_in(spans.overlapping(a, a + poss.end()), gaz) or next(
                    (o.country for m in spans.overlapping(a, a + poss.end())
                     if (o := gaz.get(m.actor_id)) is not None and _national_body(o)), None)
            a += poss.end()
            name = name[poss.end():]
        elif poss and len(name[poss.end():].split()) >= 2 and (owner_c := [
                m for m in spans.overlapping(a, a + poss.end()) if m.kind in ("place", "official")
                and m.start == a and m.end == a + len(poss.group(1))]):
            # "Ghana's Ministry of National Security": the body, in the owner's country; the state is no
            # mention of its own (step 3c), and annotators write the name without it
            owner_country[a + poss.end()] = _country_in(owner_c, gaz)
            owners_c.add(a + poss.end())
            a += poss.end()
            name = name[poss.end():]
        elif poss and len(name[poss.end():].split()) >= 2 and not spans.overlapping(a, a + poss.end()) and len(
                sub := {e[0] for e in subdivisions().get(fold(poss.group(1)), ())}) == 1:
            # "Puntland's Ministry of Justice, Religious Affairs and Rehabilitation": a state's body, its country
            owner_country[a + poss.end()] = next(iter(sub))
            owners_c.add(a + poss.end())
            a += poss.end()
            name = name[poss.end():]
        if nested_country is not None:
            owner_country.setdefault(a, nested_country)
        b = a + len(name)
        dash = _DASH_PREFIX.search(text, max(0, a - 40), a)
        if dash is not None and not spans.overlapping(dash.start(1), dash.end(1)):
            a = dash.start(1)  # "a Mosaiko – Instituto para a Cidadania": one name, its short name first
            name = text[a:b]
        for m in spans.overlapping(a, b):
            gap = _OF_GOV.search(text, a, m.start) if m.kind == "gov" and m.start > a else None
            if gap is not None and gap.end() == m.start and _HEAD_RX.search(text, a, gap.start()):
                # "the Ministry of Religious Affairs and Endowments of the Federal Government of Somalia"
                b = gap.start()
                name = text[a:b]
                break
        tail = _COMMA_TAIL.match(text, b) or (_FR_COMMA_TAIL.match(text, b) if _LOWER_HEAD.match(name.lower()) else None)
        if tail and not (_HEAD_RX if tail.re is _COMMA_TAIL else _FR_BODY_HEAD).search(tail.group()) \
                and not spans.overlapping(b, tail.end()):
            # "Ministry of Home Affairs, Immigration, Safety and Security": one name with a list in it
            b = tail.end()
            of = _OF_COUNTRY.match(text, b)
            if of and all(m.kind in _COUNTRY_KINDS for m in spans.overlapping(b, of.end())):
                b = of.end()  # "... and Security of Namibia"
            name = text[a:b]
        for mm in spans.overlapping(a, b):
            if mm.start == a and mm.end < b and mm.kind in _STRONG_KINDS and _SECOND_NAME.match(text, mm.end):
                b = mm.end  # "the University of Nairobi and Pwani University": the registry's name, then another
                name = text[a:b]
                break
        for mm in spans.overlapping(a, b):
            if a < mm.start and mm.end == b and mm.kind in ("name", "alias") and (
                    sep := _BEFORE_SECOND.search(text, a, mm.start)) is not None and _HEAD_RX.search(text, a, sep.start()):
                b = sep.start()  # "the Ministry of Migration and Displacement and the National Security Advisory":
                name = text[a:b]  # another name, the registry's, after the first
                break
        for mm in spans.overlapping(a, b):
            if (mm.kind == "demonym" or mm.kind in ("place", "official") and mm.end == b) and mm.start > a \
                    and (sep := re.search(r"\s+(?:and|et|e)\s+$", text[a:mm.start])) and (mm.kind == "demonym" or not any(
                        c.end == a + sep.start() and c.kind in _COUNTRY_KINDS for c in spans.overlapping(a, mm.start))):
                # "the Ministry of Public Security and Immigration and Nigerien mayors", "the Ministry of Justice and
                # Kenya signed": a name, then a country (not "the Joint Commission of Kenya and Uganda")
                b = a + sep.start()
                name = text[a:b]
                break
        if nested_country is None:  # (not an owner written after its country's possessive: no mention here)
            pos = min(pos, b + 1)  # the rest is scanned again: "the X Authority and the Y Police Force"
        if disc and disc[-1].start <= a and b <= disc[-1].end:
            continue  # inside the name before it: "... under the Prosecutor General's Office"
        if re.search(r"\b\d+\s$", text[max(0, a - 6):a]):
            continue  # the end of a name with a number in it: "the Jeddah 1 Rehabilitation Centre" (a facility)
        if _VENUE_BEFORE.search(text, max(0, a - 40), a):
            continue  # "the training took place at the Immigration Training Centre": a venue
        if _AT_THE.search(text[max(0, a - 80):a]) and re.match(r"\s+in\s+[A-Z]", text[b:b + 6]) \
                and not any(m.kind in _STRONG_KINDS for m in spans.overlapping(a, b)):
            continue  # "this week at the Prisons Staff Training College in Ruiru": a venue and its town
        if len(name.split()) < 2 and not (name in _SINGLE_STATE_BODIES and text[max(0, a - 4):a] in ("the ", "The ", " la ")):
            continue  # (but "the Judiciary", "the Parliament": the state's, as "the National Treasury")
        more = _CAP_WORDS_AFTER.match(text, b)
        if more is not None and _NOT_ORG.search(text, b, more.end()) and not _NOT_ORG.search(name):
            continue  # the start of a longer name that is no body: "the West African Police Information System"
        appos = _CLASS_AFTER.match(text, b)  # "the Development Strategy Centre, a Tashkent-based NGO"
        if (_NOT_ORG.search(name) and appos is None) or _COLLECTIVE.search(name) or _TITLE_ONLY_NAME.match(name) \
                or _SECTOR.fullmatch(name):
            continue
        if name.startswith("Police") and _RANK_OF.search(text, max(0, a - 40), a):
            continue  # "the Deputy Inspector General of Police of Rwanda": a rank, not a body
        if _OWN_OFFICE.search(text, max(0, a - 8), a) and (_OFFICE_HEAD.match(name) or _ENDS_OFFICE.search(name)):
            continue  # "à travers son Bureau régional de Dakar", "its Justice and Corrections Section": the owner's unit
        if _OWN_OFFICE.search(text, max(0, a - 8), a) and _ORG_UNIT_HEAD.match(name) and any(
                (o := gaz.get(m.actor_id)) is not None and o.type in ("un_agency", "intergovernmental", "regional_org")
                for m in spans.overlapping(max(0, a - 60), a - 1) if m.kind in _STRONG_KINDS and m.end <= a):
            continue  # "The ECOWAS Commission, through its Directorate of Political Affairs, Peace and Security": its own
        if _OWN_OFFICE.search(text, max(0, a - 8), a) and _ORGAN_END.search(name) and _last_named_is_organisation(
                spans, gaz, a):
            continue  # "GCERF ... Its Governing Board", "EAPCCO ... its Council of Police Chiefs": the organisation's organ
        known_office = org_office_names.get(name) or next(
            (v for k, v in org_office_names.items() if name.startswith(k + " ") and _PLACE_TAIL.fullmatch(name, len(k))), None)
        if known_office is not None:  # "the Permanent Secretariat of the G5 Sahel", later "the Permanent Secretariat";
            offices.append(Match(a, b, name, known_office, "alias", name))  # "the Regional Office for Eastern Africa"
            continue
        of_org = _OF_THE_AFTER.match(text, b)
        owner_org = next((o for o in spans.overlapping(of_org.end(), of_org.end() + 1)
                          if o.start == of_org.end() and o.actor_id in gaz and gaz[o.actor_id].type != "government"),
                         None) if of_org and _OFFICE_LIKE.search(name) else None
        if owner_org is not None:
            org_office_names.setdefault(name, owner_org.actor_id)
            continue  # "the Regional Office for West and Central Africa of the United Nations Office on Drugs ..."
        org = _branch_of_org(spans.overlapping(max(0, a - 24), a), text, a, gaz)
        org_end = a  # where the name after the organisation's starts
        if org is None:  # the pattern took the organisation's name in: "EAC Regional Counter-Terrorism Centre"
            # (or part of it: "Eastern Africa Police Chiefs Cooperation Organisation Counter-Terrorism Centre")
            for m in spans.overlapping(a, a + 1):
                who = gaz.get(m.actor_id)
                if (m.start <= a and a < m.end < b and m.kind in ("name", "alias", "bound") and who is not None
                        and (who.type != "government" or _agency_office(who, text, m.end + 1, b))
                        and _BRANCH_GAP.fullmatch(text, m.end, m.end + 1)
                        and not _LIST_WORD.match(text, m.end)
                        and _HEAD_RX.search(text, m.end, b) and len(text[m.end:b].split()) >= 2):
                    org = (who, m.start)
                    org_end = m.end + 1
        if org is not None and "(" not in text[org[1]:org_end] and any(
                m.actor_id == org[0].id and m.start >= org_end - 1 and m.end >= b for m in spans.overlapping(org_end, b)):
            # "the IGAD Committee of Ambassadors": a name the organisation itself has (an organ of it)
            offices.append(Match(org[1], b, text[org[1]:b], org[0].id, "alias", text[org[1]:b]))
            continue
        if org is not None:
            if _OFFICE_LIKE.search(name):
                office = _OFFICE_NAME.match(text, org_end) if org[1] < org_end else None
                if office is not None and office.end() >= b and "(" not in text[org[1]:org_end]:
                    # "UNODC Regional Office for Central Asia", "the INTERPOL Regional Bureau in Abidjan": an
                    # office of the organisation, its alias (with its place: the name's pattern stops before "in")
                    e = office.end()
                    other = [m for m in spans.overlapping(org_end, e) if m.kind in _STRONG_KINDS
                             and m.start >= org_end]
                    if other:  # "the UNODC Regional Office for Central Asia and the OSCE": not over a second name
                        cut = list(re.finditer(r"\s+and\s+(?:the\s+)?$", text[org_end:other[0].start]))
                        if cut:
                            e = org_end + cut[-1].start()
                    offices.append(Match(org[1], e, text[org[1]:e], org[0].id, "alias", text[org[1]:e]))
                    if len(name.split()) >= 2:  # "the OSCE Programme Office in Dushanbe", later "the Programme Office"
                        org_office_names.setdefault(name, org[0].id)
                continue  # "UNODC Regional Office for Eastern Africa": an office of the organisation named
            # "the EAC Regional Counter-Terrorism Centre": a body of the organisation, with a mandate of its own
            a = org[1]
            name = text[a:b]
            org_bodies[(a, b)] = org[0]
        else:  # a unit named after a national body: "the Kenya Police Marine Unit" (only the unit, GUIDELINES §3)
            for m in spans.overlapping(a, a + 1):
                who = gaz.get(m.actor_id)
                if (m.start <= a < m.end < b and m.kind in ("name", "alias", "bound") and who is not None
                        and who.type == "government" and who.parent and who.country
                        and _BRANCH_GAP.fullmatch(text, m.end, m.end + 1) and not _LIST_WORD.match(text, m.end)
                        and _HEAD_RX.search(text, m.end, b) and len(text[m.end:b].split()) >= 2
                        and not _OFFICE_LIKE.fullmatch(text[m.end:b].strip())
                        and not any(o.kind in ("discovered", "bound") for o in spans.overlapping(m.end, b))
                        and not _AT_PLACE.search(text, max(0, m.start - 30), m.start)):
                    a = m.start
                    name = text[a:b]
                    sub_bodies.add((a, b))
                    owner_country[a] = who.country
                    break
        inside = spans.overlapping(a, b)
        for m in inside:  # remember "the Permanent Secretariat of the G5 Sahel" for a later "the Permanent Secretariat"
            if m.end == b and m.kind in ("name", "alias") and (o := gaz.get(m.actor_id)) is not None \
                    and o.type != "government" and (pre := _OFFICE_OF.fullmatch(text, a, m.start)) is not None \
                    and _OFFICE_LIKE.search(pre.group(1)) and len(pre.group(1).split()) >= 2:
                org_office_names.setdefault(pre.group(1), o.id)
        if any((m.start < a or m.end > b) and m.kind != "generic"
               and not (m.kind in _COUNTRY_KINDS and m.end < b and text[m.start:a].lower() == "the "
                        and text[m.end:m.end + 1] == " ")
               for m in inside):
            continue  # (a country written with its article starts the name: "the Gambia Police Force")
        if any(m.start == a and m.end == b and m.kind in _COUNTRY_KINDS for m in inside):
            continue  # the country's own name with a head word in it: "the Russian Federation"
        longer = [m for m in inside if m.kind in ("name", "alias") and m.start == a and m.end < b]
        if (len(longer) == 1 and len(inside) == 1 and _national_body(gaz.get(longer[0].actor_id))
                and re.match(r"\s+(?:et|and|e|de|du|des|of|for|pour|contre|da|do)\s", text[longer[0].end:b])
                and not _HEAD_RX.search(text, longer[0].end, b) and _OF_COUNTRY.fullmatch(text, longer[0].end, b) is None):
            # the registry's name of a body, written in full: "la Brigade spéciale des investigations antiterroristes
            # et de lutte contre la criminalité organisée" (the same body, its whole name as the surface)
            offices.append(Match(a, b, name, longer[0].actor_id, "alias", name))
            continue
        if (a, b) not in org_bodies and (a, b) not in sub_bodies and any(
                m.kind not in _COUNTRY_KINDS and m.kind != "generic"
                and not _other_countrys_body(m, a, b, inside, text, gaz)
                and not (m.end == b and _NATIONAL_PREFIX.fullmatch(text, a, m.start) and (
                    o := gaz.get(m.actor_id)) is not None and o.type in ("un_agency", "intergovernmental", "regional_org"))
                for m in inside):
            continue
        oc = owner_country.get(a) if (owners and owners[-1][1] == a) or a in owners_c else None
        if oc is not None:  # the owner's country decides a shared name: "the Maldives Police Service's Counter ..."
            pick = next((c for g in inside if g.kind == "generic" and g.start == a and g.end == b
                         for c in [g.actor_id] + [x for x, _ in g.alts] if _cached_country(gaz, c) == oc), None)
            if pick is not None:
                disc.append(Match(a, b, name, pick, "discovered", name))
                continue
        elif inner is None and any(m.kind == "generic" and m.start == a and (m.end == b or _ELIDED_FIRST.match(text, m.end))
                                   for m in inside):
            continue  # a generic form, alone or first in a list of elided bodies: resolved below
        under = _UNDER.match(text, b)
        if under is not None and (under.group(1) is None or _country_in(
                spans.overlapping(under.start(1), under.end(1)), gaz) is not None):
            # "the Customs Service under the Government of the Republic of Tajikistan", "the Department for
            # Combating Economic Crimes under the Prosecutor General's Office": one name (only the body)
            b = under.end()
            name = text[a:b]
        acr = _ACRO_AFTER.match(text, b)
        known = _translated(acr.group(1), name, gaz, None, countries_seen) if acr else None
        if acr and known is None and (claim := gaz.claim(acr.group(1))) is not None and claim[1] == "generic":
            # "the National Financial Information Processing Unit (CENTIF)" in a release about Benin: Benin's
            if dominant is None:
                dominant = [_dominant_country(matches, gaz, text, memo, cues, dateline, extra_actors)]
            known = _translated(acr.group(1), name, gaz, dominant[0], countries_seen) if dominant[0] else None
        if known is None and (br := _BRACKET_AFTER.match(text, b)) is not None:
            # its own name in brackets: "the National Counter Terrorism Agency (Badan Nasional Penanggulangan
            # Terorisme, BNPT)" is the registry's BNPT
            named = {m.actor_id for m in spans.overlapping(br.start(1), br.end(1))
                     if m.kind in ("name", "alias") and len(m.surface.split()) >= 2  # (a name, not an acronym)
                     and _national_body(gaz.get(m.actor_id))}
            if len(named) == 1 and discovered_type(name) == "government":
                known = gaz[named.pop()]
        disc.append(Match(a, b, name, known.id if known is not None else "", "discovered", name))
    # a name without a head word after a class noun: "the Jordanian NGO Generations For Peace"
    classed_spans: set[tuple[int, int]] = set()
    for cm in (_CLASS_BEFORE_ANY.finditer(text) if any(h in text for h in _CLASS_HINTS) else ()):
        nm = _CLASS_NAME.match(text, cm.end())
        if nm is None:
            continue
        a, b = nm.start(), nm.end()
        name = _first_of_two(nm.group())
        b = a + len(name)
        if (_HEAD_RX.search(name) or _NOT_ORG.search(name) or _CLASS_NOT_NAME.search(name)
                or spans.overlapping(a, b) or any(d.start < b and a < d.end for d in disc)):
            continue  # (not "the NGO Decree", "the NGO Act": a law about them)
        classed_spans.add((a, b))
        disc.append(Match(a, b, name, "", "discovered", name))
    for qm in (_QUOTED_ORG.finditer(text) if '"' in text or "\u201c" in text or "\u00ab" in text else ()):
        a, b = (qm.start(1), qm.end()) if qm.group(1) else qm.span(3)
        if any(m.kind in _STRONG_KINDS for m in spans.overlapping(a, b)) or any(
                d.start < b and a < d.end and not (a <= d.start and d.end <= b) for d in disc):
            continue
        disc = [d for d in disc if not (a <= d.start and d.end <= b)]  # ("Public Foundation" read as a name)
        classed_spans.add((a, b))
        disc.append(Match(a, b, text[a:b], "", "discovered", text[a:b]))
    # ... or before a class noun in apposition: "the Prison Fellowship Liberia, a faith-based organisation"
    for cm in (_CLASS_AFTER.finditer(text) if "organi" in text or "NGO" in text else ()):
        nm = _NAME_BEFORE_CLASS.search(text, max(0, cm.start() - 80), cm.start())
        if nm is None:
            continue
        a, b = nm.start(1), nm.end(1)
        name = nm.group(1)
        if (len(name.split()) < 2 or _CLASS_NOT_NAME.search(name)  # (the class noun says it is an organisation)
                or any(m.kind not in _COUNTRY_KINDS for m in spans.overlapping(a, b))
                or any(d.start < b and a < d.end for d in disc)):
            continue
        classed_spans.add((a, b))
        disc.append(Match(a, b, name, "", "discovered", name))
    if offices:
        matches = resolve_overlaps(offices + [m for m in matches if not any(
            m.start < o.end and o.start < m.end for o in offices)])
        spans = _Spans(matches)
    if owners:  # "the French Ministry of Justice's Office ...": no mention of France or of the ministry here
        matches = [m for m in matches if not any(oa <= m.start and m.end <= ob for oa, ob in owners)]
        spans = _Spans(matches)
    if disc:
        dom = _dominant_country(matches, gaz, text, memo, cues, dateline, extra_actors)
        covered: set[int] = set()
        named_before: list[tuple[int, Actor]] = []  # the discovered bodies, where each was named
        for dm in disc:
            inside = spans.overlapping(dm.start, dm.end)
            if dm.actor_id:  # a translated registry name, its acronym after it
                covered.update(id(m) for m in inside)
                matches.append(Match(dm.start, dm.end, dm.surface, dm.actor_id, "alias", dm.surface))
                continue
            owner = org_bodies.get((dm.start, dm.end))
            if owner is not None:
                act = _registry_child(owner, dm.surface, gaz) or Actor(
                    f"x-{slugify(dm.surface)}", dm.surface, owner.type, None, owner.id, (dm.surface,), True)
                if act.discovered:
                    extra_actors.setdefault(act.id, act)
                covered.update(id(m) for m in inside)
                matches.append(Match(dm.start, dm.end, dm.surface, act.id, "discovered", dm.surface))
                continue
            country = (_subdivision_country(dm.surface) or _country_in(inside, gaz)
                       or _adjacent_country(spans, text, dm.start, dm.end, dm.end, gaz)
                       or owner_country.get(dm.start) or _people_of_country(spans, text, dm.start, gaz)
                       or _listed_after_body(_Spans(matches), text, dm.start, gaz, extra_actors))
            act = _discovered(dm.surface, country or dom, gaz, "ngo" if (dm.start, dm.end) in classed_spans
                              or _CLASS_AFTER.match(text, dm.end) else None)
            if country:
                seen_disc.setdefault(_core_key(act), act)
            elif _core_key(act) in seen_disc:  # "the Ministry of Security" after "... of Burkina Faso"
                act = seen_disc[_core_key(act)]
            fuller: Actor | None = next((prior for at, prior in named_before if at < dm.start and prior.id != act.id
                           and (country is None or prior.country == country) and _shortened(dm.surface, prior.name)),
                          None)
            if fuller is not None:  # "à Polícia Costeira" after "a Polícia Costeira, Lacustre e Fluvial": that body
                act = fuller
            named_before.append((dm.start, act))
            extra_actors.setdefault(act.id, act)
            covered.update(id(m) for m in inside)
            matches.append(Match(dm.start, dm.end, dm.surface, act.id, "discovered", dm.surface))
        matches = sorted((m for m in matches if id(m) not in covered), key=lambda m: (m.start, m.end))

    # 2b. sub-national governments that act ("the Governor of Borno State", "Mombasa County Government").
    matches, sub_spans = _add_subnational(text, matches, gaz, extra_actors)

    # 3. what each match means.
    def actor(aid: str) -> Actor | None:
        return extra_actors.get(aid) or gaz.get(aid)

    countries_named = {c for c in (_country_of(m, gaz, extra_actors) for m in matches) if c}
    all_spans = _Spans(matches)
    decided: list[list[Any]] = []  # [match, surface_end, acts, kind]
    prev_org: Match | None = None
    prev_sub: Match | None = None
    dropped: Match | None = None  # the last mention dropped as a document prefix or not an actor here
    for m in matches:
        if m.kind == "blocked" or in_byline(text, m.start):
            continue
        if decided and m.start < decided[-1][1] and decided[-1][1] > decided[-1][0].end:
            continue  # inside the place an embassy's surface took: "the Austrian Embassy in Malawi funded"
        nested = (prev_org is not None and m.kind not in _COUNTRY_KINDS
                  and _OF_THE.fullmatch(text[prev_org.end:m.start]) is not None)
        if m.kind not in _COUNTRY_KINDS:
            prev_org = m if m.kind != "generic" else None  # "Secretary-General of INTERPOL" keeps INTERPOL
        if nested:
            continue  # "the Administration Police Service of the National Police Service": one actor
        if (m.kind in ("place", "official") and prev_sub is not None
                and _OF_THE.fullmatch(text[prev_sub.end:m.start]) is not None):
            continue  # "the Governor of the Far North Region of Cameroon": the region's country
        prev_sub = m if (m.start, m.end) in sub_spans else None
        if m.kind in ("place", "official"):
            # a state that pays acts (GUIDELINES §2): "une contribution de 2 millions d'euros du Royaume des Pays-Bas"
            acts = _acts(text, m, memo)[0] or _cue(text, m.start, m.end, False, cues) is not None
            if acts and m.kind == "place" and text[max(0, m.start - 4):m.start].lower() == "the " \
                    and document_name_prefix(text, m.start, m.end):
                acts = False  # "GMCP supports the Djibouti Code of Conduct": a document's name
            decided.append([m, m.end, acts, m.kind])
        elif m.kind == "demonym" and (bdem := _BODY_DEMONYM.search(text, max(0, m.start - 30), m.start)):
            # "la Police centrafricaine", "les Douanes centrafricaines", "a Polícia moçambicana": a national body
            who = gaz.get(m.actor_id)
            if who is None or not who.country:
                continue
            force = _discovered(" ".join(bdem.group(1).split()).capitalize(), who.country, gaz)
            extra_actors.setdefault(force.id, force)
            bmatch = Match(bdem.start(1), m.end, text[bdem.start(1):m.end], force.id, "discovered",
                           text[bdem.start(1):m.end])
            decided.append([bmatch, m.end, True, "discovered"])
            prev_org = bmatch
        elif m.kind == "demonym":
            acts, end = _acts(text, m, memo)
            s0 = demonym_start(text, m.start) if acts else m.start
            if s0 < m.start:  # "autorités sénégalaises": the noun belongs to the surface, as in "Mozambican officials"
                m = Match(s0, m.end, text[s0:m.end], m.actor_id, m.kind, m.alias, m.alts)
            decided.append([m, end, acts, m.kind])
        else:
            if (document_name_prefix(text, m.start, m.end) and (
                    _cue(text, m.start, m.end, False, cues) is None
                    or document_name_prefix(text, m.start, m.end, genitive=False))) \
                    or not_an_actor_here(text, m.start, m.end):
                # (a payer is no document's owner: "O projeto contou com a contribuição do Governo de Portugal")
                dropped = m
                continue
            if (dropped is not None and dropped.actor_id == m.actor_id and text[m.end:m.end + 1] == ")"
                    and re.fullmatch(r"\s*\(", text[dropped.end:m.start])):
                continue  # "the Financial Action Task Force (FATF) Recommendations": its acronym goes with it
            if m.kind in ("alias", "generic") and _foreign_acronym(m, gaz, countries_named):
                continue
            if _second_accreditation(text, m, matches, actor, gaz):
                continue  # "the EU Delegation to Nigeria and ECOWAS": where the mission is sent
            if m.kind == "generic" and not generic_case_ok(m.surface, m.alias):
                continue
            if m.kind == "generic" and (_PERSON_OWNER.search(text, max(0, m.start - 8), m.start) or (
                    _OWN_OFFICE.search(text, max(0, m.start - 8), m.start) and _HEAD_TITLE.match(m.surface))):
                continue  # "the Minister, represented by his Secretary-General": a person's office
            decided.append([m, _post_extent(text, m, actor(m.actor_id), all_spans, gaz), True, m.kind])

    # a country listed after a paying organisation pays too: "le financement de l'Union européenne
    # et du Royaume des Pays-Bas", "funded by the EU and Norway"
    # A channel in the list does not end it: "contributions from the European Union, the United
    # Kingdom, through the Foreign and Commonwealth Office, the United States, Switzerland and Qatar".
    pays = [False] * len(decided)
    for k in range(1, len(decided)):
        d, p = decided[k], decided[k - 1]
        p_pays = pays[k - 1] or (p[3] not in _COUNTRY_KINDS and p[2]
                                 and _cue(text, p[0].start, p[1], False, cues) is not None)
        if d[3] in _COUNTRY_KINDS and not d[2] and p_pays and LIST_SEP.match(text[p[1]:d[0].start]):
            d[2] = pays[k] = True
        elif d[2] and p_pays and (
                (d[3] in _COUNTRY_KINDS and LIST_SEP.match(text[p[1]:d[0].start]))
                or _CHANNEL.search(text, max(0, d[0].start - 40), d[0].start)):
            pays[k] = True

    # countries listed after an organisation that the text makes act share its cue: "Representatives of the
    # European Union, the United States and the United Kingdom were briefed"
    led = False
    for k in range(1, len(decided)):
        d, p = decided[k], decided[k - 1]
        if not LIST_SEP.match(text[p[1]:d[0].start]):
            led = False
            continue
        if p[3] not in _COUNTRY_KINDS and p[2]:
            led = country_acts(text, p[0].start, p[0].end, "place")
        if led and d[3] in ("place", "official") and not d[2] and not _NAME_GOES_ON.match(text, d[0].end):
            d[2] = True  # (not "the Tanzania Gender Networking Programme": a name that goes on)
        elif d[3] not in ("place", "official"):
            led = False

    # a state acts through a body of its own: "the Federal Republic of Germany through the Deutsche
    # Gesellschaft für Internationale Zusammenarbeit (GIZ)", "O Brasil, através da Agência Brasileira de Cooperação"
    for k in range(len(decided) - 1):
        d, nxt = decided[k], decided[k + 1]
        if d[2] or d[3] not in ("place", "official") or nxt[3] in _COUNTRY_KINDS or nxt[0].start - d[1] > 60:
            continue
        channel = _CHANNEL.search(text, d[1], nxt[0].start)
        state, body = actor(d[0].actor_id), actor(nxt[0].actor_id)
        if (channel is not None and not text[d[1]:channel.start()].strip(" ,") and state is not None
                and body is not None and body.type == "government" and body.country == state.country
                and not _LOCATIVE.search(text, max(0, d[0].start - 12), d[0].start)):
            d[2] = True

    # enumerations of countries share the decision ("signed by Chad, Mali and Niger").
    i = 0
    while i < len(decided):
        j = i
        while (j + 1 < len(decided) and decided[j + 1][3] in ("place", "official", "demonym")
               and decided[j][3] in ("place", "official", "demonym")
               and (decided[j + 1][3] == "demonym") == (decided[j][3] == "demonym")
               and LIST_SEP.match(text[decided[j][1]:decided[j + 1][0].start])):
            j += 1
        if j > i and any(d[2] for d in decided[i:j + 1]):
            for d in decided[i:j + 1]:
                d[2] = True
        if _ABSENT.match(text, decided[j][1]):  # "Representatives of Benin and Togo ... were unable to attend"
            for d in decided[i:j + 1]:
                d[2] = False
        i = j + 1

    # 3b. generic forms ("Ministry of Foreign Affairs", "the Commission", "UN Country Team"):
    # the actor otherwise named in the release, else the body of the acting country.
    decided = _resolve_generic(decided, gaz, extra_actors, text)
    decided = _elided_items(decided, gaz, extra_actors, text)

    # 3c. a state written as the owner of its body is not a mention of its own (GUIDELINES §3,
    # nesting): "the Federal Government of Somalia's Ministry of Ports", "the United Kingdom's FCDO".
    owned: dict[int, int] = {}  # id(body match) -> start of the owner, where a donor cue is read
    for k in range(len(decided) - 1):
        d, nxt = decided[k], decided[k + 1]
        if not _OWNER_GAP.fullmatch(text, d[1], nxt[0].start):
            continue
        owner, owned_body = actor(d[0].actor_id), actor(nxt[0].actor_id)
        if (owner is not None and owned_body is not None and owner.type != "government" and owned_body.id in gaz
                and owner.id in gaz.ancestors(owned_body.id) and owned_body.id != owner.id):
            # an organisation's body with a mandate of its own: "The African Union's African Centre for the Study
            # and Research on Terrorism (ACSRT)" gives only the Centre
            d[2] = False
            owned[id(nxt[0])] = d[0].start
            continue
        if owner is None or owned_body is None or owner.type != "government" or not owner.country:
            continue  # (the owner may be a body itself: "the U.S. Department of State's Bureau of Counterterrorism")
        if owned_body.type == "government" and owned_body.country == owner.country and owned_body.id != owner.id:
            d[2] = False
            owned[id(nxt[0])] = d[0].start

    # 3d. a body written as the owner of a body with its own name is not a mention of its own either
    # (GUIDELINES §3: "DCSD of the French Ministry for Europe and Foreign Affairs" gives only the DCSD):
    # "the Counter Terrorism Department (CTD) of Punjab Police", "the Anti-Terrorism Centre of the
    # Commonwealth of Independent States (CIS ATC)" (an organisation owns the bodies it is the parent of)
    for k in range(len(decided) - 1):
        d, nxt = decided[k], decided[k + 1]
        if d[3] in _COUNTRY_KINDS or nxt[3] in _COUNTRY_KINDS or nxt[0].kind == "gov":
            continue
        # (the owner may be left only as its acronym: "... Unit of the Police of the Republic of Mozambique (PRM)")
        long_gap = (_OWNER_LONG_GAP.fullmatch(text, d[1], nxt[0].start) is not None
                    and text[nxt[0].end:nxt[0].end + 1] == ")")
        if not long_gap and not _OWNED_BY_GAP.fullmatch(text, d[1], nxt[0].start):
            continue
        body, owner_of = actor(d[0].actor_id), actor(nxt[0].actor_id)
        if body is None or owner_of is None or body.id == owner_of.id or not (
                long_gap or _HEAD_RX.search(nxt[0].surface)):
            continue
        if ((owner_of.id in gaz.ancestors(body.id) if body.id in gaz else owner_of.id == body.parent)
                or (_national_body(body) and _national_body(owner_of) and body.country == owner_of.country)):
            nxt[2] = False
            # and the owner's acronym in brackets right after it: "the Maritime Police Unit of the Police of the
            # Republic of Mozambique (PRM)"
            if k + 2 < len(decided) and decided[k + 2][0].actor_id == owner_of.id and re.fullmatch(
                    r"\s*\(", text[nxt[1]:decided[k + 2][0].start]):
                decided[k + 2][2] = False

    # 4. donor roles, with enumerations sharing the cue.
    rows: list[dict] = []
    kept = [d for d in decided if d[2]]
    roles: list[tuple[str, str] | None] = []
    for m, end, _, kind in kept:
        cue = _cue(text, m.start, end, kind == "demonym", cues)
        if cue is None and id(m) in owned:
            cue = donor_cue(text, owned[id(m)], end)
        roles.append(cue)
    def share_along_lists() -> None:
        for k in range(1, len(kept)):
            if roles[k] is None and roles[k - 1] is not None:
                prev, cur = kept[k - 1], kept[k]
                if cur[0].actor_id == prev[0].actor_id and re.fullmatch(r"\s*\(", text[prev[1]:cur[0].start]):
                    roles[k] = roles[k - 1]  # the acronym in brackets after the name: the list goes on after it
                    continue
                # the list shares a cue that names the payer ("funded by Germany and Denmark"), not one
                # that names who did the work ("financing of the teams carried out by IOM, ACIPOL")
                # (the item may be written with its owner: "funded by Germany and the United Kingdom's FCDO")
                gap = text[prev[1]:owned.get(id(cur[0]), cur[0].start)]
                # a bare comma continues the list only if the list goes on ("Germany, Norway and Japan"),
                # not when it ends a clause ("With funding from Japan, UNODC trained")
                closed = bool(_AND.search(gap)) or _COORD.match(text, cur[1]) is not None
                before = roles[k - 1]
                if before is not None and _list_gap(gap) and closed and not _WORK_BY.search(before[1]):
                    roles[k] = before

    share_along_lists()
    for k in range(1, len(kept)):  # "funded by ... Sweden, through the Swedish International Development Agency"
        # the channel may be written with its owner: "through the U.S. Department of State's Bureau of ..."
        at = owned.get(id(kept[k][0]), kept[k][0].start)
        own = _OWNER_PHRASE.search(text, max(0, at - 80), at) if _owner_end(text, at) else None
        if own is not None:
            at = own.start()
        if roles[k] is None and _CHANNEL.search(text, max(0, at - 40), at):
            payer: tuple[str, str] | None = None
            for j in range(k - 1, -1, -1):
                rj = roles[j]
                if rj is not None and not re.search(  # a sentence ends between them ("U.S." does not end one)
                        r"(?<!\b[A-Z])[.;]\s", text[kept[j][1]:kept[k][0].start]):
                    payer = rj
                    break
            who_k = actor(kept[k][0].actor_id)
            ch = _CHANNEL.search(text, max(0, at - 40), at)
            if ch is not None and _OWN_OFFICE.search(ch.group()) and _INSTRUMENT.search(kept[k][0].surface):
                continue  # the payer's own funding instrument ("through its Conflict, Stability and Security Fund")
            if payer is not None and who_k is not None and (
                    who_k.type in ("government", "other") or gaz.root(who_k.id) == "eu"):
                # a payer's channel is its agency or fund ("through Sida"), not an implementer ("through UNODC")
                ch = _CHANNEL.search(text, max(0, at - 40), at)
                roles[k] = (payer[0], text[ch.start():kept[k][1]] if ch else payer[1])
    share_along_lists()  # the list goes on after a channel: "..., through the FCO, the United States and Qatar"
    from_right = [False] * len(kept)  # the role came from a later item of the list
    for k in range(len(kept) - 2, -1, -1):  # "Germany and Denmark funded", "Australia, Japan and the UK are among"
        after = roles[k + 1]
        if roles[k] is None and after is not None and (
                from_right[k + 1] or after[1].startswith(text[kept[k + 1][0].start:kept[k + 1][1]])):
            cur, nxt = kept[k], kept[k + 1]
            if _list_gap(text[cur[1]:nxt[0].start]):
                roles[k] = after
                from_right[k] = True

    home: list[str | None] = []
    paying_states: set[str | None] = set()  # states that pay in this release
    for kept_d, kept_cue in zip(kept, roles):
        state = actor(kept_d[0].actor_id)
        if kept_cue is not None and state is not None and state.type == "government" and not state.parent:
            paying_states.add(state.country)

    def home_country() -> str | None:
        if not home:
            home.append(_dominant_country(matches, gaz, text, memo, cues, dateline, extra_actors))
        return home[0]

    sents = sentence_spans(text)
    paras = paragraph_spans(text)
    s_starts = [a for a, _ in sents]
    p_starts = [a for a, _ in paras]
    used_sents: set[int] = set()
    for (m, end, _, kind), cue in zip(kept, roles):
        who = actor(m.actor_id)
        if who is None:
            continue
        role, evidence = "", ""
        if cue is not None:
            basis, evidence = cue
            if basis in ("support_formula", "handover") and who.type not in ("government", "other") \
                    and gaz.root(who.id) != "eu":
                cue = None
                evidence = ""
            elif basis == "support_formula" and who.type == "government" and who.parent and who.country \
                    and not _is_mission_abroad(who) and who.country == home_country() \
                    and who.country not in paying_states:
                # a body of the release's own country that "supports" it is a host or a beneficiary, not a
                # donor: "with the support of the Ministry of Justice of Kenya, UNODC trained prosecutors"
                cue = None
                evidence = ""
            elif basis == "support_formula" and who.type == "government" and who.parent \
                    and _OPERATIONAL_BODY.search(who.name) and who.country not in paying_states:
                # a police, a court or an army that "assists" lends its officers, it does not pay: "with the
                # assistance of the South African Police Service"
                cue = None
                evidence = ""
            else:
                role = "donor"
        s_i = index_of(sents, s_starts, m.start) if sents else 0
        used_sents.add(s_i)
        rows.append({
            "doc_id": str(doc.id), "actor_id": who.id, "actor_name": who.name, "actor_type": who.type,
            "surface": raw[m.start:end], "start": m.start, "end": end,
            "sentence": s_i, "paragraph": index_of(paras, p_starts, m.start) if paras else 0,
            "role": role, "role_evidence": _verbatim(evidence, text, raw), "_generic": kind in ("generic", "elided"),
        })
    sentences = [{"doc_id": str(doc.id), "sentence": s, "start": sents[s][0], "end": sents[s][1],
                  "text": raw[sents[s][0]:sents[s][1]]} for s in sorted(used_sents) if sents]
    used = {r["actor_id"] for r in rows}
    actors = {aid: _filed_under(a, gaz) for aid, a in extra_actors.items() if aid in used}
    for r in rows:
        ga = gaz.get(r["actor_id"])
        if ga is not None:
            actors.setdefault(ga.id, ga)
    return DocResult(doc, rows, actors, sentences, _publisher_id(doc, gaz))


#: Bodies of a government that GUIDELINES §3 files under another country's code: Somaliland's
#: (``gov-xsl``) bodies carry SOM; the Government of Somaliland itself keeps its own code.
def _filed_under(a: Actor, gaz: Gazetteer) -> Actor:
    """A discovered body with the country code the guideline files it under (``bodies_under`` of its
    government in countries.csv: Somaliland's bodies carry SOM)."""
    under = gaz.bodies_country(a.parent) if a.parent and a.type == "government" else None
    return dataclasses.replace(a, country=under) if under else a


@functools.lru_cache(maxsize=65536)
def _cached_country(gaz: Gazetteer, actor_id: str) -> str | None:
    return _cand_country(gaz.get(actor_id), gaz)


def _resolve_generic(decided: list[list[Any]], gaz: Gazetteer, extra: dict[str, Actor], text: str) -> list[list[Any]]:
    """Give each generic form its actor, or drop it (GUIDELINES §2-3).

    In order: an actor the release otherwise names; for national bodies, the body of the
    country named just before ("Somaliland's Immigration Department"), of the release's main
    acting country, or of another acting country, else a discovered body of the main acting
    country; for organs without a country, one whose parent, child or family is named.
    """
    def actor(aid: str) -> Actor | None:
        return extra.get(aid) or gaz.get(aid)

    if not any(d[3] == "generic" for d in decided):
        return decided
    last_seen: dict[str, int] = {}
    strong_ids: set[str] = set()
    counts: Counter[str] = Counter()
    home_counts: Counter[str] = Counter()  # without embassies and development agencies: foreign states
    first: dict[str, int] = {}
    for d in decided:
        if not d[2] or d[3] == "generic":
            continue
        aid = d[0].actor_id
        strong_ids.add(aid)
        a = actor(aid)
        if a is not None and a.type == "government" and a.country:
            counts[a.country] += 1
            first.setdefault(a.country, d[0].start)
            if not _is_mission_abroad(a):
                home_counts[a.country] += 1
    context: set[str] = set()
    for aid in strong_ids:
        a = actor(aid)
        if a is not None and a.parent:
            context.add(a.parent)
            context.update(gaz.ancestors(a.parent))
    has_un = any(getattr(actor(a), "type", None) == "un_agency" for a in strong_ids)
    if not counts:  # no country acts: the countries the release names ("In Kenya, the NCTC ...")
        for d in decided:
            a = actor(d[0].actor_id)
            if d[3] in _COUNTRY_KINDS and a is not None and a.country:
                counts[a.country] += 1
                home_counts[a.country] += 1
                first.setdefault(a.country, d[0].start)
    if not counts and (dl := _dateline_country(text, gaz)):  # no country named: the dateline's ("Tunis – ...")
        counts[dl] = home_counts[dl] = 1
        first[dl] = 0
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c], c))
    # the country whose new bodies are discovered: a foreign state's embassy or agency does not make it
    home_ranked = sorted(home_counts, key=lambda c: (-home_counts[c], first[c], c))
    main = home_ranked[0] if home_ranked else None

    out: list[list[Any]] = []
    by_alias: dict[str, str] = {}  # the actor each generic name was given, for the acronyms bound to it
    eaten: set[int] = set()  # demonyms that qualify the generic form before them
    for k, d in enumerate(decided):
        m = d[0]
        if id(m) in eaten:
            continue
        if d[3] != "generic":
            out.append(d)
            if d[2]:
                last_seen[m.actor_id] = m.start
            continue
        if _QUALIFIED.match(text, m.end) and _country_after(decided, k, text, actor) is None:
            continue  # "the General Assembly of INTERPOL": an organ of the name that follows
        if case_sensitive(m.surface) and m.alias in by_alias and _country_after(decided, k, text, actor) is None \
                and not (k + 1 < len(decided) and decided[k + 1][3] == "demonym"):
            # an acronym bound to a long form shared by several countries: the long form's body ("the National
            # Intelligence and Security Service (NISS) ... NISS said")
            out.append([Match(m.start, m.end, m.surface, by_alias[m.alias], "generic", m.alias, m.alts), d[1], True,
                        "generic"])
            continue
        cands = list(dict.fromkeys([aid for aid, _ in m.alts] or [m.actor_id]))
        cands = [c for c in cands if actor(c) is not None]
        chosen: str | None = None
        end = d[1]
        dem = decided[k + 1] if k + 1 < len(decided) and decided[k + 1][3] == "demonym" else None
        dem_actor = actor(dem[0].actor_id) if dem is not None and not text[m.end:dem[0].start].strip() else None
        if dem is not None and dem_actor is not None and dem_actor.country and any(
                _cached_country(gaz, c) for c in cands):
            # "le Ministère de la Justice français", "o Ministério do Interior moçambicano": that country's body
            own = [c for c in cands if _cached_country(gaz, c) == dem_actor.country]
            if own:
                chosen = own[0]
            elif (_HEAD_RX.search(m.surface) or _LOWER_HEAD.match(m.surface)):
                act = _discovered(m.surface, dem_actor.country, gaz)
                extra.setdefault(act.id, act)
                chosen = act.id
            if chosen is not None:
                end = dem[0].end
                eaten.add(id(dem[0]))
                out.append([Match(m.start, end, text[m.start:end], chosen, "generic", m.alias, m.alts), end, True,
                            "generic"])
                continue
        after_c = _country_after(decided, k, text, actor)  # "... (ODPP) of Kenya", "... organisée du Mali"
        written = [c for c in cands if after_c and _cached_country(gaz, c) == after_c]
        named = [c for c in cands if c in strong_ids]
        listed_c = _list_country(decided, k, text, actor)
        if listed_c is not None and all(_cached_country(gaz, c) != listed_c for c in named):
            named = []  # its neighbours in a list are another country's bodies: that country's (below)
        key = fold_lower(_LEAD_THE.sub("", m.surface))
        same = [aid for aid in strong_ids if aid.startswith("x-") and (a := actor(aid)) is not None
                and a.country and _core_key(a) == key and (listed_c is None or a.country == listed_c)]
        if written:
            chosen = written[0]
        elif same:  # "the Ministry of Interior" after "the Ministry of Interior of the Republic of Djibouti"
            chosen = max(same, key=lambda c: last_seen.get(c, -1))
        elif named:
            chosen = max(named, key=lambda c: (last_seen.get(c, -1), -cands.index(c)))
        countries = {c: _cached_country(gaz, c) for c in cands} if chosen is None else {}
        if chosen is None and any(countries.values()):
            by_country: dict[str, str] = {}
            for c in cands:
                cc = countries[c]
                if cc:
                    by_country.setdefault(cc, c)
            order: list[str] = []
            if k > 0 and decided[k - 1][3] in _COUNTRY_KINDS:
                gap = text[decided[k - 1][0].end:m.start].replace("\u2019", "'")
                prev = actor(decided[k - 1][0].actor_id)
                if re.fullmatch(r"\s*(?:'s)?\s*", gap) and prev is not None and prev.country:
                    order.append(prev.country)
            near = after_c or listed_c or _sentence_country(decided, k, text, actor)
            if near:  # "the Indonesian National Police, Detachment 88 and the Attorney General's Office"
                order.append(near)
            local = order[0] if order else None
            # a state named only by its embassy or development agency is foreign: while a state at home acts, its
            # name for a body shared by several states is not its body ("Polícia Judiciária" in Bissau, with
            # Camões paying; but "the U.S. Embassy in Nairobi said ... funded by the State Department")
            order += home_ranked or ranked
            chosen = next((by_country[c] for c in order if c in by_country), None)
            home = local if local and local not in by_country else (main if chosen is None else None)
            if home and f"gov-{home.lower()}" in gaz and all(
                    getattr(actor(c), "type", None) == "government" for c in cands if countries[c]
            ) and (_HEAD_RX.search(m.surface) or _LOWER_HEAD.match(m.surface)):
                # the body of the country the sentence is about, which the registry does not hold
                act = _discovered(m.surface, home, gaz)
                extra.setdefault(act.id, act)
                chosen = act.id
        elif chosen is None:
            for c in cands:
                a = actor(c)
                if a is not None and (c in context or any(p in strong_ids for p in gaz.ancestors(c)) or (
                        a.type == "un_agency" and has_un and a.parent in (None, "un"))):
                    chosen = c
                    break
        if chosen is None:
            continue
        by_alias.setdefault(m.alias, chosen)
        out.append([Match(m.start, m.end, m.surface, chosen, "generic", m.alias, m.alts), d[1], True, "generic"])
    return out


def _list_country(decided: list[list[Any]], k: int, text: str, actor: Callable[[str], Actor | None]) -> str | None:
    """The country of the national bodies listed on both sides of item ``k``, when it is one: "the Chadian
    National Police, the National Gendarmerie and the National Nomadic Guard of Chad" (Chad's Gendarmerie)."""
    found: set[str] = set()
    for j in (k - 1, k + 1):
        if not 0 <= j < len(decided) or decided[j][3] in _COUNTRY_KINDS or decided[j][3] == "generic":
            return None
        lo, hi = (decided[j], decided[k]) if j < k else (decided[k], decided[j])
        if not LIST_SEP.match(text[lo[1]:hi[0].start]):
            return None
        a = actor(decided[j][0].actor_id)
        if a is None or a.type != "government" or not a.country:
            return None
        found.add(a.country)
    return found.pop() if len(found) == 1 else None


_LEAD_THE = _rx(r"^(?:the|The)\s+")
_SENTENCE_BREAK = _rx(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]?[A-Z0-9]|\n")


def _sentence_country(decided: list[list[Any]], k: int, text: str, actor: Callable[[str], Actor | None]) -> str | None:
    """The country of the nearest national body or acting demonym ("the Kenyan delegation") before ``decided[k]``
    in its sentence."""
    start = decided[k][0].start
    for j in range(k - 1, -1, -1):
        m = decided[j][0]
        if _SENTENCE_BREAK.search(text, m.end, start):
            return None
        if not decided[j][2] or decided[j][3] in ("generic", "place", "official"):
            continue
        a = actor(m.actor_id)
        if a is not None and a.type == "government" and a.country and not _is_mission_abroad(a) and (
                a.parent or decided[j][3] == "demonym"):  # a body, or "the Kenyan delegation"
            return a.country
    return None


_OF_AFTER = _rx(r"(?:\s*\([^()]{1,15}\))?\s*,?\s+(?:of|de|du|da|do|in)\s+(?:the\s+|la\s+|l'|a\s+|o\s+)?")


def _country_after(decided: list[list[Any]], k: int, text: str, actor: Callable[[str], Actor | None]) -> str | None:
    """The country written after a generic form: "the Office of the Director of Public Prosecutions (ODPP) of Kenya"."""
    j, end = k + 1, decided[k][0].end
    if (j < len(decided) and text[end:decided[j][0].start].strip() == "("
            and text[decided[j][0].end:decided[j][0].end + 1] == ")"):
        j, end = j + 1, decided[j][0].end + 1  # its acronym between: "... (ODPP) of Kenya"
    if j >= len(decided) or (decided[j][3] not in _COUNTRY_KINDS and decided[j][3] != "gov"):
        return None
    nxt = decided[j][0]
    of = _OF_AFTER.match(text, end)
    if of is None or of.end() != nxt.start:
        return None
    a = actor(nxt.actor_id)
    return a.country if a is not None and a.country else None


_LIST_GAP = _rx(
    r"^\)?(?:\s*\([^()]{1,15}\)|\s+(?:[A-Z][\w'\-]*|for|of|on|the|de|du|des|la)){0,8}"
    r"\s*(?:,\s*(?:and\s+|et\s+|e\s+)?|\s+(?:and|et|e|&)\s+)"
    r"(?:(?:of|from|by)\s+)?"  # "the financial support of the Australian Government ... and of the European Union"
    r"(?:the\s+|du\s+|de\s+la\s+|des\s+|de\s+|le\s+|la\s+|l'|o\s+|a\s+|do\s+|da\s+|dos\s+|das\s+|"
    r"pel[oa]s?\s+|par\s+(?:le\s+|la\s+|l'|les\s+)?|por\s+)?$")


def _list_gap(gap: str) -> bool:
    """True when ``gap`` separates two items of one list ("Germany and the", ") Emergency Trust Fund, and the").

    Examples
    --------
    >>> _list_gap(" and the "), _list_gap(" Emergency Trust Fund for Africa and the "), _list_gap(" met in ")
    (True, True, False)
    """
    if len(gap) < 12 and LIST_SEP.match(gap):
        return True
    return len(gap) < 80 and _LIST_GAP.match(gap) is not None


_AND = _rx(r"\b(?:and|et|e)\b|&")
_COORD = _rx(r"\s*(?:,|&|and\b|e\b|et\b|y\b)")
_QUALIFIED = _rx(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_MINISTRY = _rx(r"^(?:the\s+)?(?:Federal\s+|National\s+)?Ministr(?:y|ies)\s+of\b")
_DOMAINS = (r"Defen[cs]e|National\s+Defen[cs]e|Interior|Internal\s+Affairs|Home\s+Affairs|Justice|Finance|Health|"
            r"Education|(?:Internal\s+|Public\s+|National\s+)?Security|Trade|Agriculture|Labour|Youth|Women|Gender|"
            r"Information|Transport|Energy|Economy|Planning|Tourism|Environment|Communications?")
#: A ministry named by its domain alone: a bare "and" after it starts another body.
_WHOLE_MINISTRY = _rx(r"(?:Federal\s+|National\s+)?Ministry\s+of\s+(?:the\s+)?(?:" + _DOMAINS + r")")
_ELIDED = _rx(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(Police|" + _DOMAINS + r")(?=\s*(?:,|and\b|\.|;|\)))")
#: The first elided item needs a comma or "and the": "the Ministry of Interior and Public Security" is one ministry.
_ELIDED_FIRST = _rx(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+)(Police|" + _DOMAINS
                    + r")(?=\s*(?:,|and\b|\.|;|\)))")


def _elided_items(decided: list[list[Any]], gaz: Gazetteer, extra: dict[str, Actor], text: str) -> list[list[Any]]:
    """Bodies elided after a ministry in a list: "the Ministry of Foreign Affairs, the Police, Defence".

    Each bare capitalised item is the country's police or its "Ministry of <item>": the
    registry body when it has one ("Ministry of Defence (Kenya)"), else a discovered one.
    """
    taken = [(d[0].start, d[1]) for d in decided]
    added: list[list[Any]] = []
    for d in decided:
        if not d[2]:
            continue
        a = extra.get(d[0].actor_id) or gaz.get(d[0].actor_id)
        if a is None or a.type != "government" or not a.country or not _MINISTRY.match(text[d[0].start:d[1]]):
            continue
        gov = gaz.get(f"gov-{a.country.lower()}")
        if gov is None:
            continue
        cname = _country_label(gov)
        pos = d[1]
        while True:
            m = (_ELIDED if pos > d[1] else _ELIDED_FIRST).match(text, pos)
            if m is None:
                break
            pos = m.end()
            a0, a1 = m.start(1), m.end(1)
            if any(x < a1 and a0 < y for x, y in taken):
                continue
            item = " ".join(m.group(1).split())
            if item == "Police":
                names = [f"National Police Service ({cname})", f"{cname} Police", f"{cname} Police Force",
                         f"{cname} Police Service", f"National Police of {cname}", f"{cname} National Police"]
                fallback = "Police"
            else:
                names = [f"Ministry of {item} ({cname})", f"Ministry of {item} of {cname}", f"{cname} Ministry of {item}"]
                fallback = f"Ministry of {item}"
            body = next((b for b in (gaz.resolve(n) for n in names)
                         if b is not None and b.type == "government" and b.country == a.country), None)
            if body is None:
                body = _discovered(fallback, a.country, gaz)
                extra.setdefault(body.id, body)
            added.append([Match(a0, a1, text[a0:a1], body.id, "elided", fallback), a1, True, "elided"])
            taken.append((a0, a1))
    if not added:
        return decided
    return sorted(decided + added, key=lambda d: (d[0].start, d[0].end))


#: Lines that name the publisher of a release: "About UNODC", "Source: IOM", "Press release
#: by UNOCT", "For more information, please contact the UNODC Regional Office ...".
_PUBLISHER_LINE = _rx(
    r"^\s*(?:about|source\s*:|published\s+by|issued\s+by|press\s+release\s+(?:by|from)|"
    r"for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact)\s+(?:the\s+)?(?P<rest>.{2,160})$",
    re.IGNORECASE | re.MULTILINE)


def _publisher_from_text(text: str, gaz: Gazetteer) -> str:
    """The organisation a publisher line names (the first such line wins), else ""."""
    if not len(gaz):
        return ""
    for m in _PUBLISHER_LINE.finditer(text):
        rest = m.group("rest")
        for hit in find_matches(rest, gaz.automaton):
            if hit.kind in ("name", "alias") and hit.start <= 4 and gaz[hit.actor_id].type != "government":
                return hit.actor_id
    return ""


def _publisher_id(doc: Any, gaz: Gazetteer) -> str:
    pub = (getattr(doc, "publisher", None) or "").strip()
    if not pub:
        return _publisher_from_text(getattr(doc, "text", "") or "", gaz)
    for cand in (pub, re.sub(r"\s*\(.*$", "", pub), re.sub(r"^.*\(([^()]*)\).*$", r"\1", pub)):
        a = gaz.resolve(cand.strip()) if cand.strip() else None
        if a is not None:
            return a.id
    ms = find_matches(pub, gaz.automaton) if len(gaz) else []
    strong = [m for m in ms if m.kind in _STRONG_KINDS]
    return strong[0].actor_id if strong else ""


def extract_actors(corpus: Iterable[Any], *, gazetteer: Gazetteer | None = None, **opts: Any) -> Mentions:
    """Find the actors named in each release of ``corpus``.

    Parameters
    ----------
    corpus : Corpus or iterable of Document
        Read one document at a time (streaming).
    gazetteer : Gazetteer, optional
        The registry; defaults to :meth:`Gazetteer.default`.
    **opts
        Reserved; unknown options raise InvalidParameterError.

    Returns
    -------
    Mentions

    Raises
    ------
    InvalidParameterError
        An unknown option.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> g = Gazetteer.from_records([Actor("unodc", "United Nations Office on Drugs and Crime", "un_agency",
    ...                                   aliases=("UNODC",))])
    >>> m = extract_actors([Document("a", "UNODC met."), Document("b", "Nothing.")], gazetteer=g)
    >>> len(m), m.documents["n_actors"].tolist()
    (1, [1, 0])
    """
    from ctnet.errors import InvalidParameterError

    if opts:
        bad = min(opts)
        raise InvalidParameterError(
            f"The {bad!r} parameter of extract_actors is not known; the options are 'gazetteer'. "
            f"Got {bad}={opts[bad]!r} instead.")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InvalidParameterError(
            f"The 'gazetteer' parameter of extract_actors must be a Gazetteer or None. Got {type(gazetteer).__name__} instead.")
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    return Mentions.from_results((_extract(d, gaz) for d in corpus), gaz)
