"""Article 5(1) of the AI Act as code: the scope gate and the ten prohibited practices.

Each practice mirrors the sentence of its point: the cumulative conditions are an ``All``, an
alternative inside the point (``(i)`` or ``(ii)`` in point (c)) is an ``Any``, and the exceptions
that the point itself lists ("this prohibition shall not apply to …", "except where …",
"unless …") are the ``unless`` expression. Question ids are binding (see the team contract): the
fact extractors answer exactly these ids.

References are corpus unit ids: ``art5.1.c`` (the article point), ``recital31``,
``gl-prohibited.166`` (paragraph (166) of the Commission Guidelines on prohibited AI practices,
C(2025) 5052) and ``gl-definition.40`` (paragraph (40) of the Guidelines on the AI-system
definition, C(2025) 5053). Every guideline paragraph cited below was read; the guidance texts
also adopt the interpretive positions used to adjudicate the evaluation set
(``evals/external/davvetas-2026``), which cite the same paragraphs.

Dates: ``applies_from`` is read from the corpus data (``corpus/data/applicability.yaml``), never
typed in here; points (ba) and (bb) were inserted by Regulation (EU) 2026/1744 and apply from the
date recorded there.
"""

from __future__ import annotations

from screener.catalogue.applicability import applies_from
from screener.catalogue.model import All, Any, Practice, Question, ScopeGate, questions

# ─────────────────────────────────────────────────────────────────────────────────────────────
# Scope gate: Art. 3(1) (is it an AI system?) and the Art. 2 exclusions.
# The open-source exclusion of Art. 2(12) is deliberately absent: it does not reach systems that
# fall under Article 5 (Art. 2(12); gl-prohibited.36).
# ─────────────────────────────────────────────────────────────────────────────────────────────

# Art. 3(1): "'AI system' means a machine-based system … that … infers, from the input it
# receives, how to generate outputs such as predictions, content, recommendations, or decisions"
SCOPE_AI_SYSTEM = Question(
    id="scope.ai_system",
    short_en="infers, from the input it receives, how to generate outputs",
    short_nl="leidt uit de ontvangen input af hoe output te genereren",
    text_en=(
        "Is the system an AI system: does it infer from the input it receives how to generate "
        "outputs such as predictions, content, recommendations or decisions (for example with "
        "machine learning or with logic- and knowledge-based inference)?"
    ),
    text_nl=(
        "Is het systeem een AI-systeem: leidt het uit de ontvangen input af hoe het output "
        "genereert, zoals voorspellingen, inhoud, aanbevelingen of beslissingen (bijvoorbeeld met "
        "machinaal leren of met logica- en kennisgebaseerde afleiding)?"
    ),
    guidance_en=(
        "Machine learning (supervised, unsupervised, self-supervised, reinforcement or deep "
        "learning) and logic- or knowledge-based approaches such as expert systems count as "
        "inference (C(2025) 5053, paras 26, 32-39). A system that only executes rules defined "
        "solely by people, basic data processing such as database queries or spreadsheets, "
        "descriptive statistics and dashboards, or a simple baseline predictor such as an average "
        "is not an AI system (paras 40, 46-51). Answer unknown when the document does not say how "
        "the outputs are produced."
    ),
    guidance_nl=(
        "Machinaal leren (gesuperviseerd, ongesuperviseerd, zelfgesuperviseerd, versterkend of "
        "deep learning) en logica- of kennisgebaseerde benaderingen zoals expertsystemen gelden "
        "als afleiden (C(2025) 5053, punten 26, 32-39). Een systeem dat alleen door mensen "
        "opgestelde regels uitvoert, eenvoudige gegevensverwerking zoals databasezoekvragen of "
        "spreadsheets, beschrijvende statistiek en dashboards, of een eenvoudige "
        "basisvoorspelling zoals een gemiddelde is geen AI-systeem (punten 40, 46-51). Antwoord "
        "'onbekend' als het document niet zegt hoe de output tot stand komt."
    ),
    refs=(
        "art3.1",
        "recital12",
        "gl-definition.26",
        "gl-definition.39",
        "gl-definition.40",
        "gl-definition.46",
        "gl-definition.49",
    ),
)

# Art. 2(3), second subparagraph: "This Regulation does not apply to AI systems where and in so
# far they are placed on the market, put into service, or used … exclusively for military,
# defence or national security purposes"
SCOPE_MILITARY = Question(
    id="scope.military",
    exception=True,
    short_en="exclusively for military, defence or national security purposes",
    short_nl="uitsluitend voor militaire, defensie- of nationale-veiligheidsdoeleinden",
    text_en=(
        "Is the system placed on the market, put into service or used exclusively for military, "
        "defence or national-security purposes?"
    ),
    text_nl=(
        "Wordt het systeem uitsluitend voor militaire doeleinden, defensie of nationale "
        "veiligheid in de handel gebracht, in gebruik gesteld of gebruikt?"
    ),
    guidance_en=(
        "The exclusion turns on the purpose, not on who runs the system, and only covers "
        "exclusive military, defence or national-security use (Art. 2(3); paras 22, 24). "
        "Dual-use systems that also serve civilian, law-enforcement or public-security purposes "
        "stay in scope (para 25), and police work against crime is law enforcement, not national "
        "security (para 27). Answer no as soon as any other use is described."
    ),
    guidance_nl=(
        "De uitsluiting hangt af van het doel, niet van wie het systeem gebruikt, en geldt alleen "
        "bij uitsluitend militair gebruik, defensie of nationale veiligheid (art. 2, lid 3; punten "
        "22, 24). Systemen voor tweeërlei gebruik die ook civiele, rechtshandhavings- of openbare-"
        "veiligheidsdoelen dienen, vallen wel onder de verordening (punt 25), en politiewerk tegen "
        "criminaliteit is rechtshandhaving, geen nationale veiligheid (punt 27). Antwoord 'nee' "
        "zodra een ander gebruik wordt beschreven."
    ),
    refs=("art2.3", "recital24", "gl-prohibited.22", "gl-prohibited.24", "gl-prohibited.25", "gl-prohibited.27"),
)

# Art. 2(6): "AI systems or AI models … specifically developed and put into service for the sole
# purpose of scientific research and development"; Art. 2(8): "research, testing or development
# activity … prior to their being placed on the market or put into service"
SCOPE_RESEARCH = Question(
    id="scope.research",
    exception=True,
    short_en="sole purpose of scientific research and development / before placing on the market",
    short_nl="enig doel wetenschappelijk onderzoek en ontwikkeling / voor het in de handel brengen",
    text_en=(
        "Is the system developed and put into service solely for scientific research and "
        "development, or is it only being researched, tested or developed and not (yet) placed "
        "on the market or put into service?"
    ),
    text_nl=(
        "Wordt het systeem uitsluitend voor wetenschappelijk onderzoek en ontwikkeling "
        "ontwikkeld en in gebruik gesteld, of wordt het alleen onderzocht, getest of ontwikkeld "
        "en is het (nog) niet in de handel gebracht of in gebruik gesteld?"
    ),
    guidance_en=(
        "Art. 2(6) excludes systems developed and put into service for the sole purpose of "
        "scientific research, and Art. 2(8) research, testing and development before the system "
        "is placed on the market or put into service (paras 30-31). Testing in real-world "
        "conditions is not covered, and once the system is placed on the market or put into "
        "service the Act applies in full (para 32). A pilot with real users or a product offered "
        "to customers is not excluded: answer no."
    ),
    guidance_nl=(
        "Art. 2, lid 6, sluit systemen uit die uitsluitend voor wetenschappelijk onderzoek zijn "
        "ontwikkeld en in gebruik gesteld, en art. 2, lid 8, onderzoek, testen en ontwikkeling "
        "voordat het systeem in de handel wordt gebracht of in gebruik wordt gesteld (punten "
        "30-31). Testen onder reële omstandigheden valt er niet onder, en zodra het systeem in de "
        "handel is gebracht of in gebruik is gesteld geldt de verordening volledig (punt 32). Een "
        "pilot met echte gebruikers of een product dat aan klanten wordt aangeboden is niet "
        "uitgesloten: antwoord 'nee'."
    ),
    refs=("art2.6", "art2.8", "recital25", "gl-prohibited.30", "gl-prohibited.31", "gl-prohibited.32"),
)

# Art. 2(10): "obligations of deployers who are natural persons using AI systems in the course of
# a purely personal non-professional activity"
SCOPE_PERSONAL = Question(
    id="scope.personal",
    exception=True,
    short_en="natural persons … in the course of a purely personal non-professional activity",
    short_nl="natuurlijke personen … in het kader van een louter persoonlijke niet-professionele activiteit",
    text_en=(
        "Is the system used only by a natural person in the course of a purely personal, "
        "non-professional activity, and not offered to others by a provider?"
    ),
    text_nl=(
        "Wordt het systeem alleen gebruikt door een natuurlijk persoon in het kader van een "
        "louter persoonlijke, niet-professionele activiteit, en niet door een aanbieder aan "
        "anderen aangeboden?"
    ),
    guidance_en=(
        "Art. 2(10) only lifts the obligations of deployers who are natural persons acting in a "
        "purely personal, non-professional capacity, such as a face-recognition camera at one's "
        "own front door (para 34). Freelancers, journalists, doctors and anyone acting for a "
        "business or organisation act professionally, and criminal activities are never purely "
        "personal (para 34). The provider that places the system on the market stays in scope "
        "(para 35), so a product or service offered to others is not excluded: answer no."
    ),
    guidance_nl=(
        "Art. 2, lid 10, heft alleen de verplichtingen op van gebruiksverantwoordelijken die "
        "natuurlijke personen zijn en louter persoonlijk en niet-professioneel handelen, zoals een "
        "gezichtsherkenningscamera bij de eigen voordeur (punt 34). Zzp'ers, journalisten, artsen "
        "en ieder die voor een bedrijf of organisatie handelt, handelen professioneel, en "
        "criminele activiteiten zijn nooit louter persoonlijk (punt 34). De aanbieder die het "
        "systeem in de handel brengt valt er wel onder (punt 35): een product of dienst die aan "
        "anderen wordt aangeboden is niet uitgesloten, antwoord 'nee'."
    ),
    refs=("art2.10", "gl-prohibited.34", "gl-prohibited.35"),
)

# Art. 2(4): "public authorities in a third country [or] international organisations … where
# those authorities or organisations use AI systems in the framework of international cooperation
# or agreements for law enforcement and judicial cooperation with the Union or with one or more
# Member States, provided that … adequate safeguards"
SCOPE_THIRD_COUNTRY_LE = Question(
    id="scope.third_country_le",
    exception=True,
    short_en="public authorities in a third country … law enforcement and judicial cooperation",
    short_nl="overheidsinstanties in derde landen … samenwerking op het gebied van rechtshandhaving en justitie",
    text_en=(
        "Is the system used by a public authority of a third country or by an international "
        "organisation, in the framework of international cooperation or agreements for law "
        "enforcement and judicial cooperation with the EU or its Member States, with adequate "
        "safeguards for fundamental rights?"
    ),
    text_nl=(
        "Wordt het systeem gebruikt door een overheidsinstantie van een derde land of door een "
        "internationale organisatie, in het kader van internationale samenwerking of "
        "overeenkomsten met de EU of haar lidstaten op het gebied van rechtshandhaving en "
        "justitie, met passende waarborgen voor de grondrechten?"
    ),
    guidance_en=(
        "Art. 2(4) only excludes such third-country authorities and international "
        "organisations, and only where the cooperation framework offers adequate safeguards for "
        "fundamental rights (para 29). Union and Member State authorities that use the outputs "
        "remain bound by Union law (recital 22), and Union agencies such as Europol and Frontex "
        "fall within the Act (para 28). Answer no for any user in the EU."
    ),
    guidance_nl=(
        "Art. 2, lid 4, sluit alleen zulke instanties van derde landen en internationale "
        "organisaties uit, en alleen als het samenwerkingskader passende waarborgen voor de "
        "grondrechten biedt (punt 29). Instanties van de Unie en de lidstaten die de output "
        "gebruiken blijven aan het Unierecht gebonden (overweging 22), en agentschappen zoals "
        "Europol en Frontex vallen onder de verordening (punt 28). Antwoord 'nee' voor iedere "
        "gebruiker in de EU."
    ),
    refs=("art2.4", "recital22", "gl-prohibited.28", "gl-prohibited.29"),
)

SCOPE = ScopeGate(
    ai_system=SCOPE_AI_SYSTEM,
    exclusions=(SCOPE_MILITARY, SCOPE_RESEARCH, SCOPE_PERSONAL, SCOPE_THIRD_COUNTRY_LE),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(a): harmful manipulation
# "an AI system that deploys subliminal techniques beyond a person's consciousness or purposefully
#  manipulative or deceptive techniques, [1] with the objective, or the effect of materially
#  distorting the behaviour of a person or a group of persons by appreciably impairing their
#  ability to make an informed decision, … [2] in a manner that causes or is reasonably likely to
#  cause that person, another person or group of persons significant harm [3]"
# No exception: lawful persuasion simply is not such a technique (a.technique = no).
# ─────────────────────────────────────────────────────────────────────────────────────────────

A_TECHNIQUE = Question(
    id="a.technique",
    short_en="deploys subliminal techniques … or purposefully manipulative or deceptive techniques",
    short_nl="subliminale technieken … of doelbewust manipulatieve of misleidende technieken gebruikt",
    text_en=(
        "Does the system deploy subliminal techniques beyond a person's consciousness, or "
        "purposefully manipulative or deceptive techniques?"
    ),
    text_nl=(
        "Gebruikt het systeem subliminale technieken waarvan personen zich niet bewust zijn, of "
        "doelbewust manipulatieve of misleidende technieken?"
    ),
    guidance_en=(
        "Counts: stimuli too brief or faint to be perceived (flashed images, masked audio), "
        "techniques that exploit cognitive biases or psychological weaknesses to undermine "
        "autonomy, and false or misleading content such as impersonation; intent is not required "
        "(paras 64-65, 67, 69-70). Does not count: lawful persuasion that is transparent and "
        "appeals to reason, such as personalised recommendations with user controls or ordinary "
        "advertising and upselling without a covert technique (paras 127-128, 133; recital 29). "
        "Incidental hallucinations of a generative system with proper safeguards are not "
        "deceptive techniques (para 73)."
    ),
    guidance_nl=(
        "Telt mee: prikkels die te kort of te zwak zijn om bewust waargenomen te worden "
        "(geflitste beelden, gemaskeerd geluid), technieken die cognitieve vooroordelen of "
        "psychologische zwakheden uitbuiten om de autonomie te ondermijnen, en valse of "
        "misleidende inhoud zoals zich voordoen als een bekende; opzet is niet nodig (punten 64-65, "
        "67, 69-70). Telt niet mee: rechtmatige overtuiging die transparant is en op redelijke "
        "argumenten inspeelt, zoals gepersonaliseerde aanbevelingen met instellingen voor de "
        "gebruiker, of gewone reclame en upselling zonder verborgen techniek (punten 127-128, "
        "133; overweging 29). Incidentele hallucinaties van een generatief systeem met goede "
        "waarborgen zijn geen misleidende technieken (punt 73)."
    ),
    refs=(
        "art5.1.a",
        "recital29",
        "gl-prohibited.64",
        "gl-prohibited.67",
        "gl-prohibited.70",
        "gl-prohibited.128",
        "gl-prohibited.133",
    ),
)

A_DISTORTION = Question(
    id="a.distortion",
    short_en="materially distorting the behaviour … by appreciably impairing their ability to make an informed decision",
    short_nl="gedrag wezenlijk verstoren door het vermogen tot een geïnformeerd besluit merkbaar te belemmeren",
    text_en=(
        "Does the technique have the objective or the effect of materially distorting people's "
        "behaviour by appreciably impairing their ability to make an informed decision, so that "
        "they take a decision they would not otherwise have taken?"
    ),
    text_nl=(
        "Heeft de techniek als doel of gevolg dat het gedrag van personen wezenlijk wordt "
        "verstoord doordat hun vermogen om een geïnformeerd besluit te nemen merkbaar wordt "
        "belemmerd, zodat zij een besluit nemen dat zij anders niet hadden genomen?"
    ),
    guidance_en=(
        "Material distortion is a substantial impact that appreciably impairs informed and "
        "autonomous decision-making, beyond a minor influence and beyond lawful persuasion "
        "(paras 76, 78). Intent is not required: the effect, or a reasonably likely effect, "
        "suffices, and the objective may lie with the provider, the deployer or the system itself "
        "(paras 82-84). Answer no where people stay aware and in control of the choice."
    ),
    guidance_nl=(
        "Wezenlijke verstoring is een substantiële invloed die geïnformeerde en autonome "
        "besluitvorming merkbaar belemmert, meer dan een kleine beïnvloeding en meer dan "
        "rechtmatige overtuiging (punten 76, 78). Opzet is niet nodig: het gevolg, of een "
        "redelijkerwijs te verwachten gevolg, volstaat, en het doel kan liggen bij de aanbieder, "
        "de gebruiksverantwoordelijke of het systeem zelf (punten 82-84). Antwoord 'nee' als "
        "mensen zich bewust blijven van de keuze en die zelf in de hand houden."
    ),
    refs=("art5.1.a", "recital29", "gl-prohibited.76", "gl-prohibited.78", "gl-prohibited.83", "gl-prohibited.84"),
)

A_SIGNIFICANT_HARM = Question(
    id="a.significant_harm",
    short_en="causes or is reasonably likely to cause … significant harm",
    short_nl="aanzienlijke schade oplopen (of redelijkerwijs waarschijnlijk oplopen)",
    text_en=(
        "Does this cause, or is it reasonably likely to cause, significant harm (physical, "
        "psychological, financial or economic) to the person, another person or a group?"
    ),
    text_nl=(
        "Leidt dit, of zal dit redelijkerwijs waarschijnlijk leiden, tot aanzienlijke schade "
        "(fysiek, psychisch, financieel of economisch) voor die persoon, een ander of een groep?"
    ),
    guidance_en=(
        "Significant harm means sufficiently important adverse impacts on physical or "
        "psychological health or financial interests, judged case by case on severity, scale, "
        "vulnerability of those affected, duration and reversibility (recital 29; paras 86, "
        "91-92). Answer yes when such a harm is stated or clearly implied, for example pushing "
        "users into high-interest loans, self-harm or addiction; answer unknown when the only "
        "effect described is ordinary purchases, upgrades, engagement or votes. Answer no where "
        "the effects are minor, temporary or beneficial, such as quit-smoking nudges or "
        "phishing-awareness training (para 134)."
    ),
    guidance_nl=(
        "Aanzienlijke schade betekent voldoende ernstige nadelige gevolgen voor de fysieke of "
        "psychische gezondheid of financiële belangen, per geval beoordeeld op ernst, omvang, "
        "kwetsbaarheid van de betrokkenen, duur en omkeerbaarheid (overweging 29; punten 86, "
        "91-92). Antwoord 'ja' als zulke schade genoemd wordt of duidelijk volgt, bijvoorbeeld "
        "gebruikers naar leningen met hoge rente duwen, zelfbeschadiging of verslaving; antwoord "
        "'onbekend' als alleen gewone aankopen, upgrades, betrokkenheid of stemgedrag als gevolg "
        "worden genoemd. Antwoord 'nee' als de gevolgen klein, tijdelijk of gunstig zijn, zoals "
        "een stoppen-met-rokenhulp of een phishingtraining (punt 134)."
    ),
    refs=("art5.1.a", "recital29", "gl-prohibited.86", "gl-prohibited.91", "gl-prohibited.92", "gl-prohibited.134"),
)

ART5_1_A = Practice(
    id="art5.1.a",
    point="(a)",
    title_en="Subliminal, manipulative or deceptive techniques",
    title_nl="Subliminale, manipulatieve of misleidende technieken",
    requires=All((A_TECHNIQUE, A_DISTORTION, A_SIGNIFICANT_HARM), label="Art. 5(1)(a)"),
    unless=None,
    refs=("art5.1.a", "recital28", "recital29", "gl-prohibited.60", "gl-prohibited.61", "gl-prohibited.127"),
    applies_from=applies_from("art5.1.a"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(b): exploitation of vulnerabilities
# "an AI system that exploits any of the vulnerabilities of a natural person or a specific group
#  of persons due to their age, disability or a specific social or economic situation [1], with
#  the objective, or the effect, of materially distorting the behaviour of that person … [2] in a
#  manner that causes or is reasonably likely to cause that person or another person significant
#  harm [3]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

B_VULNERABILITY = Question(
    id="b.vulnerability",
    short_en="exploits … vulnerabilities … due to their age, disability or a specific social or economic situation",
    short_nl="gebruikmaakt van kwetsbaarheden … door leeftijd, handicap of specifieke sociale of economische omstandigheid",
    text_en=(
        "Does the system exploit vulnerabilities of a person or a specific group that are due to "
        "their age (children, older people), disability, or a specific social or economic "
        "situation?"
    ),
    text_nl=(
        "Maakt het systeem gebruik van kwetsbaarheden van een persoon of een specifieke groep "
        "als gevolg van hun leeftijd (kinderen, ouderen), handicap of een specifieke sociale of "
        "economische omstandigheid?"
    ),
    guidance_en=(
        "Only three grounds count: age (children under 18 and older persons), disability, and a "
        "specific social or economic situation such as extreme poverty, over-indebtedness, "
        "unemployment, migrant status or belonging to an ethnic or religious minority (paras "
        "102, 104-106, 108-109). Loneliness, grievances, fear of missing out or low school "
        "performance alone are not such a situation; they are assessed under point (a) (paras "
        "109, 125). Using age or financial situation to protect or support people, or an "
        "application that is merely inaccessible, is not exploitation (paras 108, 133)."
    ),
    guidance_nl=(
        "Alleen drie gronden tellen: leeftijd (kinderen onder 18 en ouderen), handicap, en een "
        "specifieke sociale of economische omstandigheid zoals extreme armoede, "
        "overkreditering, werkloosheid, migratiestatus of het behoren tot een etnische of "
        "religieuze minderheid (punten 102, 104-106, 108-109). Eenzaamheid, grieven, angst om "
        "iets te missen of slechte schoolprestaties alleen zijn geen zulke omstandigheid; die "
        "worden onder punt a) beoordeeld (punten 109, 125). Leeftijd of financiële situatie "
        "gebruiken om mensen te beschermen of te ondersteunen, of een toepassing die alleen "
        "ontoegankelijk is, is geen uitbuiting (punten 108, 133)."
    ),
    refs=(
        "art5.1.b",
        "recital29",
        "gl-prohibited.102",
        "gl-prohibited.104",
        "gl-prohibited.108",
        "gl-prohibited.109",
        "gl-prohibited.125",
    ),
)

B_DISTORTION = Question(
    id="b.distortion",
    short_en="with the objective, or the effect, of materially distorting the behaviour",
    short_nl="met als doel of met als gevolg het gedrag … wezenlijk te verstoren",
    text_en=(
        "Does the exploitation have the objective or the effect of materially distorting the "
        "behaviour of that person or of people belonging to that group?"
    ),
    text_nl=(
        "Heeft de uitbuiting als doel of gevolg dat het gedrag van die persoon of van personen "
        "uit die groep wezenlijk wordt verstoord?"
    ),
    guidance_en=(
        "The same notion as in point (a): a substantial rather than trivial impact on "
        "behaviour, with or without intent (paras 76, 113). Unlike point (a), it need not be "
        "shown that the ability to make an informed decision is appreciably impaired, because "
        "the vulnerability itself reduces that capacity (para 113). Answer no where the system "
        "merely informs or supports the persons concerned."
    ),
    guidance_nl=(
        "Hetzelfde begrip als in punt a): een substantiële en geen kleine invloed op het gedrag, "
        "met of zonder opzet (punten 76, 113). Anders dan bij punt a) hoeft niet te worden "
        "aangetoond dat het vermogen om een geïnformeerd besluit te nemen merkbaar wordt "
        "belemmerd, omdat de kwetsbaarheid dat vermogen al vermindert (punt 113). Antwoord "
        "'nee' als het systeem de betrokkenen alleen informeert of ondersteunt."
    ),
    refs=("art5.1.b", "recital29", "gl-prohibited.76", "gl-prohibited.113"),
)

B_SIGNIFICANT_HARM = Question(
    id="b.significant_harm",
    short_en="causes or is reasonably likely to cause that person or another person significant harm",
    short_nl="ertoe leidt of redelijkerwijs zal leiden dat deze of andere personen aanzienlijke schade oplopen",
    text_en=(
        "Does this cause, or is it reasonably likely to cause, significant harm to that person "
        "or to another person?"
    ),
    text_nl=(
        "Leidt dit, of zal dit redelijkerwijs waarschijnlijk leiden, tot aanzienlijke schade voor "
        "die persoon of voor een ander?"
    ),
    guidance_en=(
        "Harm is assessed as in point (a), but for children, older persons, persons with "
        "disabilities and socio-economically disadvantaged people a harm that might be "
        "acceptable for other adults can be significant, and a precautionary approach applies in "
        "case of uncertainty (paras 114-115). Answer yes where an explicit exploitation comes "
        "with a stated physical, psychological, financial or economic detriment, such as "
        "addictive design for children or selling unnecessary financial products to older "
        "people (paras 116-117). Beneficial assistive, learning or inclusion applications are "
        "not harmful (para 121)."
    ),
    guidance_nl=(
        "Schade wordt beoordeeld zoals bij punt a), maar voor kinderen, ouderen, personen met een "
        "handicap en sociaaleconomisch kwetsbaren kan schade die voor andere volwassenen "
        "aanvaardbaar is aanzienlijk zijn, en bij twijfel geldt een voorzorgsbenadering (punten "
        "114-115). Antwoord 'ja' als een uitdrukkelijke uitbuiting samengaat met genoemd "
        "fysiek, psychisch, financieel of economisch nadeel, zoals verslavend ontwerp voor "
        "kinderen of onnodige financiële producten verkopen aan ouderen (punten 116-117). "
        "Nuttige hulp-, leer- of inclusietoepassingen zijn niet schadelijk (punt 121)."
    ),
    refs=("art5.1.b", "recital29", "gl-prohibited.114", "gl-prohibited.115", "gl-prohibited.116", "gl-prohibited.117"),
)

ART5_1_B = Practice(
    id="art5.1.b",
    point="(b)",
    title_en="Exploitation of vulnerabilities (age, disability, social or economic situation)",
    title_nl="Uitbuiting van kwetsbaarheden (leeftijd, handicap, sociale of economische omstandigheid)",
    requires=All((B_VULNERABILITY, B_DISTORTION, B_SIGNIFICANT_HARM), label="Art. 5(1)(b)"),
    unless=None,
    refs=("art5.1.b", "recital29", "gl-prohibited.98", "gl-prohibited.99", "gl-prohibited.125"),
    applies_from=applies_from("art5.1.b"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(ba) (inserted by Regulation (EU) 2026/1744), read with Art. 5(1a) and 5(1b):
# "an AI system that generates or manipulates realistic images, videos, audio or similar material
#  of an identifiable natural person's intimate parts, or of an identifiable natural person
#  engaged in sexually explicit activities [1], without that person's freely-given, specific,
#  informed, unambiguous and explicit consent for that generation or manipulation [2]"
# 5(1a): placing on the market / putting into service only prohibited where that generation is
#  the intended purpose or a reasonably foreseeable outcome without adequate safeguards; use only
#  where the deployer uses the system for that purpose [3].
# 5(1b): manipulation that does "not increase the exposure of any depicted intimate parts or alter
#  the nature of any depicted sexually explicit activities" is not manipulation [exception].
# The Commission Guidelines C(2025) 5052 predate this point and do not interpret it.
# ─────────────────────────────────────────────────────────────────────────────────────────────

BA_INTIMATE_IMAGERY = Question(
    id="ba.intimate_imagery",
    short_en="generates or manipulates realistic images … of an identifiable natural person's intimate parts or sexual activity",
    short_nl="genereert of manipuleert realistische beelden … van intieme delen of seksuele gedragingen van een identificeerbaar persoon",
    text_en=(
        "Does the system generate or manipulate realistic images, videos, audio or similar "
        "material showing an identifiable real person's intimate parts, or an identifiable real "
        "person engaged in sexually explicit activities?"
    ),
    text_nl=(
        "Genereert of manipuleert het systeem realistische beelden, video's, audio of "
        "soortgelijk materiaal van de intieme delen van een herkenbaar bestaand persoon, of van "
        "een herkenbaar bestaand persoon die expliciete seksuele handelingen verricht?"
    ),
    guidance_en=(
        "The core case is a 'nudify' or face-swap tool that produces realistic nude or "
        "sexually explicit images, video or voice of a real, identifiable person from ordinary "
        "photos or recordings. Material about fictitious persons, non-realistic drawings, and "
        "material that is not intimate or sexually explicit do not count. The Commission "
        "guidelines C(2025) 5052 predate this point; they already name sexually explicit "
        "deepfakes among the illegal content that manipulative AI can produce (para 145)."
    ),
    guidance_nl=(
        "Het kerngeval is een 'uitkleed'- of face-swapapp die van gewone foto's of opnamen "
        "realistische naakt- of seksueel expliciete beelden, video of stem van een echt, "
        "herkenbaar persoon maakt. Materiaal over fictieve personen, niet-realistische "
        "tekeningen en materiaal dat niet intiem of seksueel expliciet is, tellen niet mee. De "
        "richtsnoeren C(2025) 5052 dateren van vóór dit punt; zij noemen seksueel expliciete "
        "deepfakes al als illegale inhoud die manipulatieve AI kan maken (punt 145)."
    ),
    refs=("art5.1.ba", "gl-prohibited.90", "gl-prohibited.145"),
)

BA_NO_CONSENT = Question(
    id="ba.no_consent",
    short_en="without that person's … explicit consent",
    short_nl="zonder de … uitdrukkelijke toestemming van die persoon",
    text_en=(
        "Is that material generated or manipulated without the depicted person's freely given, "
        "specific, informed, unambiguous and explicit consent to that generation or "
        "manipulation?"
    ),
    text_nl=(
        "Wordt dat materiaal gegenereerd of gemanipuleerd zonder de vrijelijk gegeven, "
        "specifieke, geïnformeerde, ondubbelzinnige en uitdrukkelijke toestemming van de "
        "afgebeelde persoon voor die generatie of manipulatie?"
    ),
    guidance_en=(
        "The consent must come from the person depicted, be explicit, and cover this specific "
        "generation or manipulation (Art. 5(1)(ba)). Consent of the user who uploads a photo, "
        "acceptance of terms of service, or the fact that the original photo was published "
        "online is not the depicted person's consent. Answer yes where the system can be used on "
        "images of any person without a mechanism that obtains and verifies that person's own "
        "explicit consent; answer no only where such consent is verifiably obtained for each "
        "generation."
    ),
    guidance_nl=(
        "De toestemming moet komen van de afgebeelde persoon, uitdrukkelijk zijn en deze "
        "specifieke generatie of manipulatie betreffen (art. 5, lid 1, onder b bis). "
        "Toestemming van de gebruiker die een foto uploadt, het aanvaarden van "
        "gebruiksvoorwaarden of het feit dat de oorspronkelijke foto online stond, is geen "
        "toestemming van de afgebeelde persoon. Antwoord 'ja' als het systeem op beelden van "
        "willekeurige personen kan worden gebruikt zonder dat hun eigen uitdrukkelijke "
        "toestemming wordt verkregen en gecontroleerd; antwoord 'nee' alleen als zulke "
        "toestemming aantoonbaar per generatie wordt verkregen."
    ),
    refs=("art5.1.ba",),
)

BA_PURPOSE = Question(
    id="ba.purpose",
    short_en="intended purpose, foreseeable outcome without safeguards, or deployer's purpose (Art. 5(1a))",
    short_nl="beoogd doel, te voorzien resultaat zonder waarborgen, of doel van de gebruiksverantwoordelijke (art. 5, lid 1 bis)",
    text_en=(
        "Is generating or manipulating such material the intended purpose of the system, or a "
        "reasonably foreseeable and reproducible outcome of its design without reasonable and "
        "adequate safeguards to prevent it, or does the deployer use the system for that "
        "purpose?"
    ),
    text_nl=(
        "Is het genereren of manipuleren van zulk materiaal het beoogde doel van het systeem, of "
        "een redelijkerwijs te voorzien en reproduceerbaar resultaat van het ontwerp zonder "
        "redelijke en adequate waarborgen om dat te voorkomen, of gebruikt de "
        "gebruiksverantwoordelijke het systeem voor dat doel?"
    ),
    guidance_en=(
        "Art. 5(1a) limits the prohibition: for providers, generation must be the intended "
        "purpose, or a reasonably foreseeable and reproducible outcome without significant "
        "technical modification while the system lacks reasonable and adequate safeguards "
        "against it and against foreseeable misuse; for deployers, they must use the system for "
        "that purpose. A general image generator with effective filters against such output, "
        "and with misuse correction, does not meet this condition. Answer unknown where the "
        "document is silent on safeguards of a general-purpose generator."
    ),
    guidance_nl=(
        "Art. 5, lid 1 bis, beperkt het verbod: voor aanbieders moet het genereren het beoogde "
        "doel zijn, of een redelijkerwijs te voorzien en reproduceerbaar resultaat zonder "
        "aanzienlijke technische wijziging terwijl het systeem geen redelijke en adequate "
        "waarborgen heeft tegen dat resultaat en tegen te voorzien misbruik; voor "
        "gebruiksverantwoordelijken moeten zij het systeem voor dat doel gebruiken. Een algemene "
        "beeldgenerator met effectieve filters tegen zulke output en met correctie van misbruik "
        "voldoet hier niet aan. Antwoord 'onbekend' als het document over de waarborgen van een "
        "algemene generator zwijgt."
    ),
    refs=("art5.1a",),
)

BA_NO_INCREASED_EXPOSURE = Question(
    id="ba.no_increased_exposure",
    exception=True,
    short_en="does not increase the exposure of … intimate parts or alter the nature of … sexually explicit activities (Art. 5(1b))",
    short_nl="blootstelling aan intieme delen neemt niet toe of aard van seksuele gedragingen niet gewijzigd (art. 5, lid 1 ter)",
    text_en=(
        "Does the system only manipulate existing material in a way that neither increases the "
        "exposure of any depicted intimate parts nor alters the nature of any depicted sexually "
        "explicit activity?"
    ),
    text_nl=(
        "Manipuleert het systeem alleen bestaand materiaal op een manier die de blootstelling "
        "van afgebeelde intieme delen niet vergroot en de aard van afgebeelde seksueel "
        "expliciete handelingen niet wijzigt?"
    ),
    guidance_en=(
        "Art. 5(1b) takes such edits out of the notion of manipulation, for example blurring, "
        "cropping, colour correction or upscaling that adds nothing intimate. It concerns only "
        "the manipulation of existing material: the generation of new intimate or sexually "
        "explicit material is never covered. Answer no where the system undresses people, adds "
        "nudity or changes what sexual activity is shown."
    ),
    guidance_nl=(
        "Art. 5, lid 1 ter, haalt zulke bewerkingen uit het begrip manipulatie, bijvoorbeeld "
        "vervagen, bijsnijden, kleurcorrectie of opschalen zonder dat er iets intiems wordt "
        "toegevoegd. Het gaat alleen om het bewerken van bestaand materiaal: het genereren van "
        "nieuw intiem of seksueel expliciet materiaal valt er nooit onder. Antwoord 'nee' als "
        "het systeem mensen uitkleedt, naaktheid toevoegt of verandert welke seksuele handeling "
        "wordt getoond."
    ),
    refs=("art5.1b",),
)

ART5_1_BA = Practice(
    id="art5.1.ba",
    point="(ba)",
    title_en="Non-consensual intimate or sexually explicit imagery of identifiable persons",
    title_nl="Niet-consensuele intieme of seksueel expliciete beelden van herkenbare personen",
    requires=All((BA_INTIMATE_IMAGERY, BA_NO_CONSENT, BA_PURPOSE), label="Art. 5(1)(ba) with 5(1a)"),
    unless=Any((BA_NO_INCREASED_EXPOSURE,), label="Art. 5(1b)"),
    refs=("art5.1.ba", "art5.1a", "art5.1b"),
    applies_from=applies_from("art5.1.ba"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(bb) (inserted by Regulation (EU) 2026/1744), read with Art. 5(1a):
# "an AI system that generates or manipulates material or performance within the meaning of
#  Article 2, points (c) and (e), of Directive 2011/93/EU [1], except where a 'without right'
#  defence applies under national law [exception]"; 5(1a): intended purpose / foreseeable outcome
#  without safeguards / deployer's purpose [2].
# ─────────────────────────────────────────────────────────────────────────────────────────────

BB_CSAM = Question(
    id="bb.csam",
    short_en="generates or manipulates material or performance within … Article 2(c) and (e) of Directive 2011/93/EU",
    short_nl="genereert of manipuleert materiaal of een voorstelling in de zin van art. 2, c) en e), Richtlijn 2011/93/EU",
    text_en=(
        "Does the system generate or manipulate child sexual abuse material or a pornographic "
        "performance involving a child, within the meaning of Article 2(c) and (e) of Directive "
        "2011/93/EU?"
    ),
    text_nl=(
        "Genereert of manipuleert het systeem materiaal van seksueel misbruik van kinderen of een "
        "pornografische voorstelling met een kind, in de zin van artikel 2, punten c) en e), van "
        "Richtlijn 2011/93/EU?"
    ),
    guidance_en=(
        "Article 2(c) of Directive 2011/93/EU covers material depicting a child, or a person "
        "appearing to be a child, in real or simulated sexually explicit conduct or depicting "
        "the sexual organs of a child for primarily sexual purposes, including realistic images; "
        "point (e) covers live pornographic performances of a child. Generating or altering such "
        "material counts even where no real child was photographed. Classifiers that detect, "
        "filter or report such material do not generate it and are legitimate (para 133); the "
        "guidelines name AI-generated CSAM as a serious harm to children (para 116)."
    ),
    guidance_nl=(
        "Artikel 2, punt c), van Richtlijn 2011/93/EU omvat materiaal waarop een kind, of een "
        "persoon die eruitziet als een kind, echte of gesimuleerde seksueel expliciete "
        "handelingen verricht, of waarop de geslachtsorganen van een kind voor hoofdzakelijk "
        "seksuele doeleinden worden getoond, inclusief realistische afbeeldingen; punt e) omvat "
        "live pornografische voorstellingen met een kind. Zulk materiaal genereren of bewerken "
        "telt ook als er geen echt kind is gefotografeerd. Classificatiesystemen die zulk "
        "materiaal opsporen, filteren of melden genereren het niet en zijn legitiem (punt 133); "
        "de richtsnoeren noemen door AI gegenereerd kindermisbruikmateriaal een ernstige schade "
        "voor kinderen (punt 116)."
    ),
    refs=("art5.1.bb", "gl-prohibited.116", "gl-prohibited.133"),
)

BB_PURPOSE = Question(
    id="bb.purpose",
    short_en="intended purpose, foreseeable outcome without safeguards, or deployer's purpose (Art. 5(1a))",
    short_nl="beoogd doel, te voorzien resultaat zonder waarborgen, of doel van de gebruiksverantwoordelijke (art. 5, lid 1 bis)",
    text_en=(
        "Is generating or manipulating such material the intended purpose of the system, or a "
        "reasonably foreseeable and reproducible outcome of its design without reasonable and "
        "adequate safeguards to prevent it, or does the deployer use the system for that "
        "purpose?"
    ),
    text_nl=(
        "Is het genereren of manipuleren van zulk materiaal het beoogde doel van het systeem, of "
        "een redelijkerwijs te voorzien en reproduceerbaar resultaat van het ontwerp zonder "
        "redelijke en adequate waarborgen om dat te voorkomen, of gebruikt de "
        "gebruiksverantwoordelijke het systeem voor dat doel?"
    ),
    guidance_en=(
        "Art. 5(1a) applies to point (bb) as to point (ba): a provider is caught where the "
        "generation is the intended purpose, or a reasonably foreseeable and reproducible outcome "
        "without significant technical modification and without reasonable and adequate "
        "safeguards against it and against foreseeable misuse; a deployer where it uses the "
        "system for that purpose. A general generator with effective filters and misuse "
        "correction does not meet this condition; answer unknown where the document is silent on "
        "safeguards."
    ),
    guidance_nl=(
        "Art. 5, lid 1 bis, geldt voor punt b ter) zoals voor b bis): een aanbieder valt eronder "
        "als het genereren het beoogde doel is, of een redelijkerwijs te voorzien en "
        "reproduceerbaar resultaat zonder aanzienlijke technische wijziging en zonder redelijke "
        "en adequate waarborgen daartegen en tegen te voorzien misbruik; een "
        "gebruiksverantwoordelijke als die het systeem voor dat doel gebruikt. Een algemene "
        "generator met effectieve filters en correctie van misbruik voldoet hier niet aan; "
        "antwoord 'onbekend' als het document over waarborgen zwijgt."
    ),
    refs=("art5.1a",),
)

BB_WITHOUT_RIGHT_DEFENCE = Question(
    id="bb.without_right_defence",
    exception=True,
    short_en="except where a 'without right' defence applies under national law",
    short_nl="behalve wanneer krachtens het nationale recht een „wederrechtelijke” verdediging van toepassing is",
    text_en=(
        "Does a 'without right' defence under national law apply to the generation or "
        "manipulation, for example activities of authorities under domestic legal powers to "
        "investigate such crimes?"
    ),
    text_nl=(
        "Is op het genereren of manipuleren een verweer van toepassing dat het handelen krachtens "
        "het nationale recht niet 'wederrechtelijk' maakt, bijvoorbeeld handelingen van "
        "autoriteiten op grond van wettelijke bevoegdheden om zulke misdrijven op te sporen?"
    ),
    guidance_en=(
        "Directive 2011/93/EU lets Member States treat certain conduct as not 'without right', "
        "for example material with a medical, scientific or similar purpose, or activities under "
        "domestic legal powers such as authorities handling material to conduct criminal "
        "proceedings (recital 17 of that directive). It is a narrow defence that must be based on "
        "national law: answer yes only where the document names such a legal basis, and no for "
        "any commercial or consumer use."
    ),
    guidance_nl=(
        "Richtlijn 2011/93/EU laat lidstaten bepaald gedrag niet als 'wederrechtelijk' "
        "aanmerken, bijvoorbeeld materiaal met een medisch, wetenschappelijk of vergelijkbaar "
        "doel, of handelingen op grond van nationale wettelijke bevoegdheden, zoals autoriteiten "
        "die materiaal gebruiken voor strafvervolging (overweging 17 van die richtlijn). Het is "
        "een smal verweer dat op nationaal recht moet berusten: antwoord 'ja' alleen als het "
        "document zo'n wettelijke grondslag noemt, en 'nee' bij elk commercieel of "
        "consumentengebruik."
    ),
    refs=("art5.1.bb",),
)

ART5_1_BB = Practice(
    id="art5.1.bb",
    point="(bb)",
    title_en="Child sexual abuse material",
    title_nl="Materiaal van seksueel misbruik van kinderen",
    requires=All((BB_CSAM, BB_PURPOSE), label="Art. 5(1)(bb) with 5(1a)"),
    unless=Any((BB_WITHOUT_RIGHT_DEFENCE,), label="'without right' defence"),
    refs=("art5.1.bb", "art5.1a"),
    applies_from=applies_from("art5.1.bb"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(c): social scoring
# "AI systems for the evaluation or classification of natural persons or groups of persons over a
#  certain period of time based on their social behaviour or known, inferred or predicted personal
#  or personality characteristics [1], with the social score leading to [2] either or both of the
#  following: (i) detrimental or unfavourable treatment … in social contexts that are unrelated to
#  the contexts in which the data was originally generated or collected; (ii) detrimental or
#  unfavourable treatment … that is unjustified or disproportionate to their social behaviour or
#  its gravity [3: (i) or (ii)]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

C_EVALUATION = Question(
    id="c.evaluation",
    short_en="evaluation or classification of natural persons … over a certain period of time based on their social behaviour or … characteristics",
    short_nl="evaluatie of classificatie van personen … gedurende een bepaalde periode op basis van sociaal gedrag of … kenmerken",
    text_en=(
        "Does the system evaluate or classify natural persons or groups of persons over a "
        "certain period of time, based on their social behaviour or on known, inferred or "
        "predicted personal or personality characteristics (for example with a score, rank or "
        "label)?"
    ),
    text_nl=(
        "Evalueert of classificeert het systeem natuurlijke personen of groepen personen "
        "gedurende een bepaalde periode op basis van hun sociale gedrag of bekende, afgeleide of "
        "voorspelde persoonlijke of persoonlijkheidskenmerken (bijvoorbeeld met een score, "
        "rangorde of label)?"
    ),
    guidance_en=(
        "The score may be a number, a ranking or a label, and profiling of persons counts; "
        "social behaviour and personal characteristics are broad, from volunteering and payment "
        "behaviour to income, address, health or type of car (paras 151, 154, 157-158). The data "
        "must span a period of time, not a one-off rating from one specific context (para 155). "
        "Scoring of legal entities that does not aggregate individuals' behaviour, and mere "
        "aggregation of user ratings, do not count (paras 173-174)."
    ),
    guidance_nl=(
        "De score kan een getal, een rangorde of een label zijn, en profilering van personen "
        "telt mee; sociaal gedrag en persoonlijke kenmerken zijn ruim, van vrijwilligerswerk en "
        "betaalgedrag tot inkomen, adres, gezondheid of type auto (punten 151, 154, 157-158). De "
        "gegevens moeten een periode beslaan, geen eenmalige beoordeling uit één specifieke "
        "context (punt 155). Scoring van rechtspersonen die niet het gedrag van individuen "
        "samenvoegt, en het louter optellen van gebruikersbeoordelingen, tellen niet mee (punten "
        "173-174)."
    ),
    refs=(
        "art5.1.c",
        "recital31",
        "gl-prohibited.151",
        "gl-prohibited.155",
        "gl-prohibited.157",
        "gl-prohibited.158",
        "gl-prohibited.173",
    ),
)

C_DETRIMENTAL_TREATMENT = Question(
    id="c.detrimental_treatment",
    short_en="the social score leading to … detrimental or unfavourable treatment",
    short_nl="waarbij de sociale score … leidt tot nadelige of ongunstige behandeling",
    text_en=(
        "Does the score lead, or is it capable of leading, to detrimental or unfavourable "
        "treatment of certain persons or groups (for example refusal, exclusion, higher prices, "
        "extra inspections or loss of benefits)?"
    ),
    text_nl=(
        "Leidt de score, of kan die leiden, tot nadelige of ongunstige behandeling van bepaalde "
        "personen of groepen (bijvoorbeeld weigering, uitsluiting, hogere prijzen, extra "
        "controles of verlies van uitkeringen)?"
    ),
    guidance_en=(
        "The treatment must result from the score, which must play a sufficiently important "
        "role even where a human also decides, and it may be applied by an organisation other "
        "than the one producing the score (paras 160-162). Unfavourable treatment needs no "
        "actual damage, such as being singled out for inspection, and rewarding some people "
        "implies less favourable treatment of others (paras 165, 169). Answer no where the "
        "score has no consequence for the persons scored."
    ),
    guidance_nl=(
        "De behandeling moet het gevolg zijn van de score, die een voldoende belangrijke rol moet "
        "spelen ook als een mens mee beslist, en kan worden toegepast door een andere organisatie "
        "dan die de score maakt (punten 160-162). Ongunstige behandeling vereist geen "
        "daadwerkelijke schade, zoals geselecteerd worden voor controle, en sommigen belonen "
        "betekent minder gunstige behandeling van anderen (punten 165, 169). Antwoord 'nee' als "
        "de score geen gevolgen heeft voor de gescoorde personen."
    ),
    refs=("art5.1.c", "recital31", "gl-prohibited.160", "gl-prohibited.161", "gl-prohibited.165", "gl-prohibited.169"),
)

C_UNRELATED_CONTEXT = Question(
    id="c.unrelated_context",
    short_en="(i) treatment … in social contexts unrelated to the contexts in which the data was … collected",
    short_nl="i) behandeling … in een sociale context die geen verband houdt met die waarin de data werden verzameld",
    text_en=(
        "Does the detrimental or unfavourable treatment take place in a social context unrelated "
        "to the context in which the data was originally generated or collected?"
    ),
    text_nl=(
        "Vindt de nadelige of ongunstige behandeling plaats in een sociale context die geen "
        "verband houdt met de context waarin de gegevens oorspronkelijk zijn gegenereerd of "
        "verzameld?"
    ),
    guidance_en=(
        "Yes where data from an evidently unrelated context, such as social-media activity, "
        "online reputation, internet connections, civic engagement or a spouse's nationality, "
        "is used to decide on housing, credit, benefits, permits, admission, jobs, discounts or "
        "rewards (paras 166, 168, 170). No where the data belong to the same context and are "
        "relevant to the legitimate purpose, for example credit scoring on income, expenses and "
        "repayment history, or fraud checks on transaction data (paras 175-177, 182). Where the "
        "relevance of the data is arguable, such as fitness data for health insurance, answer "
        "unknown."
    ),
    guidance_nl=(
        "Ja als gegevens uit een duidelijk andere context, zoals activiteit op sociale media, "
        "online reputatie, internetaansluitingen, maatschappelijke betrokkenheid of de "
        "nationaliteit van een partner, worden gebruikt om te beslissen over huisvesting, "
        "krediet, uitkeringen, vergunningen, toelating, banen, kortingen of beloningen (punten "
        "166, 168, 170). Nee als de gegevens uit dezelfde context komen en relevant zijn voor het "
        "legitieme doel, bijvoorbeeld kredietscoring op inkomen, uitgaven en "
        "aflossingsgeschiedenis, of fraudecontrole op transactiegegevens (punten 175-177, 182). "
        "Als de relevantie van de gegevens betwistbaar is, zoals fitnessgegevens voor een "
        "zorgverzekering, antwoord 'onbekend'."
    ),
    refs=(
        "art5.1.c.i",
        "recital31",
        "gl-prohibited.166",
        "gl-prohibited.170",
        "gl-prohibited.177",
        "gl-prohibited.182",
    ),
)

C_DISPROPORTIONATE = Question(
    id="c.disproportionate",
    short_en="(ii) treatment … unjustified or disproportionate to their social behaviour or its gravity",
    short_nl="ii) behandeling … ongerechtvaardigd of onevenredig met hun sociale gedrag of de ernst hiervan",
    text_en=(
        "Is the detrimental or unfavourable treatment unjustified or disproportionate to the "
        "social behaviour of the persons concerned or its gravity?"
    ),
    text_nl=(
        "Is de nadelige of ongunstige behandeling ongerechtvaardigd of onevenredig ten opzichte "
        "van het sociale gedrag van de betrokkenen of de ernst daarvan?"
    ),
    guidance_en=(
        "Compare the severity of the consequence with the gravity of the behaviour: blacklisting "
        "or withdrawing benefits for late library books or uncollected rubbish, or taking "
        "children from families for missed appointments, is disproportionate, and a treatment "
        "without a legitimate aim is unjustified (paras 167-168). Treatment that sectoral law "
        "regulates and keeps proportionate, such as a higher premium proportionate to "
        "demonstrably risky driving, or privileges for good customers while others keep the "
        "standard service, is not (paras 176-177)."
    ),
    guidance_nl=(
        "Vergelijk de zwaarte van het gevolg met de ernst van het gedrag: op een zwarte lijst "
        "zetten of uitkeringen intrekken om te laat ingeleverde bibliotheekboeken of buiten "
        "gezet afval, of kinderen uit huis plaatsen om gemiste afspraken, is onevenredig, en een "
        "behandeling zonder legitiem doel is ongerechtvaardigd (punten 167-168). Een behandeling "
        "die sectorale wetgeving regelt en evenredig houdt, zoals een hogere premie in "
        "verhouding tot aantoonbaar riskant rijgedrag, of voordelen voor goede klanten terwijl "
        "anderen de gewone dienst houden, is dat niet (punten 176-177)."
    ),
    refs=("art5.1.c.ii", "recital31", "gl-prohibited.167", "gl-prohibited.168", "gl-prohibited.176", "gl-prohibited.177"),
)

ART5_1_C = Practice(
    id="art5.1.c",
    point="(c)",
    title_en="Social scoring",
    title_nl="Sociale scoring",
    requires=All(
        (
            C_EVALUATION,
            C_DETRIMENTAL_TREATMENT,
            Any((C_UNRELATED_CONTEXT, C_DISPROPORTIONATE), label="(i) or (ii)"),
        ),
        label="Art. 5(1)(c)",
    ),
    unless=None,
    refs=("art5.1.c", "recital31", "gl-prohibited.149", "gl-prohibited.164", "gl-prohibited.175"),
    applies_from=applies_from("art5.1.c"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(d): individual crime-risk prediction
# "an AI system for making risk assessments of natural persons in order to assess or predict the
#  risk of a natural person committing a criminal offence [1], based solely on the profiling of a
#  natural person or on assessing their personality traits and characteristics [2]; this
#  prohibition shall not apply to AI systems used to support the human assessment of the
#  involvement of a person in a criminal activity, which is already based on objective and
#  verifiable facts directly linked to a criminal activity [exception]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

D_CRIME_RISK = Question(
    id="d.crime_risk",
    short_en="risk assessments of natural persons … to assess or predict the risk of … committing a criminal offence",
    short_nl="risicobeoordelingen van personen om het risico op het plegen van een strafbaar feit te beoordelen of voorspellen",
    text_en=(
        "Does the system make risk assessments of individual natural persons in order to assess "
        "or predict the risk that a person will commit a criminal offence?"
    ),
    text_nl=(
        "Maakt het systeem risicobeoordelingen van individuele natuurlijke personen om het risico "
        "te beoordelen of te voorspellen dat iemand een strafbaar feit pleegt?"
    ),
    guidance_en=(
        "Counts: forward-looking predictions of (re-)offending of specific persons at any stage, "
        "by law enforcement or by private actors whose stated purpose is predicting criminal "
        "offences (paras 189-191, 207-209). Place-based or geospatial predictive policing that "
        "scores areas, not persons, does not count unless the area score is linked to an "
        "individual, e.g. their residence (paras 212-213). Predicting administrative offences "
        "does not count, so 'illegal activities' or 'irregularities' alone leave this open "
        "(unknown) (para 217), and risk checks in a company's ordinary business where crime is "
        "purely accidental and secondary do not count (paras 210-211)."
    ),
    guidance_nl=(
        "Telt mee: vooruitkijkende voorspellingen van (opnieuw) plegen van strafbare feiten door "
        "specifieke personen, in elke fase, door rechtshandhaving of door private partijen "
        "waarvan het voorspellen van strafbare feiten het genoemde doel is (punten 189-191, "
        "207-209). Plaatsgebonden of geografische voorspellende politiezorg die gebieden scoort "
        "en geen personen, telt niet mee, tenzij de gebiedsscore aan een persoon wordt gekoppeld, "
        "bijvoorbeeld via diens woonadres (punten 212-213). Het voorspellen van bestuurlijke "
        "overtredingen telt niet, dus alleen 'illegale activiteiten' of 'onregelmatigheden' laat "
        "dit open ('onbekend') (punt 217), en risicocontroles in de gewone bedrijfsvoering waarbij "
        "criminaliteit louter bijkomstig is tellen niet mee (punten 210-211)."
    ),
    refs=(
        "art5.1.d",
        "recital42",
        "gl-prohibited.191",
        "gl-prohibited.210",
        "gl-prohibited.212",
        "gl-prohibited.213",
        "gl-prohibited.217",
    ),
)

D_SOLELY_PROFILING = Question(
    id="d.solely_profiling",
    short_en="based solely on the profiling … or on assessing their personality traits and characteristics",
    short_nl="uitsluitend op basis van profilering of van de beoordeling van persoonlijkheidseigenschappen en -kenmerken",
    text_en=(
        "Is that risk assessment based solely on profiling the person or on assessing their "
        "personality traits and characteristics (such as nationality, place of birth, residence, "
        "number of children, debt, type of car or online behaviour)?"
    ),
    text_nl=(
        "Is die risicobeoordeling uitsluitend gebaseerd op profilering van de persoon of op de "
        "beoordeling van diens persoonlijkheidseigenschappen en -kenmerken (zoals nationaliteit, "
        "geboorteplaats, woonplaats, aantal kinderen, schulden, type auto of online gedrag)?"
    ),
    guidance_en=(
        "Profiling includes applying a group profile to an individual, and recital 42 lists "
        "personal characteristics such as nationality, place of birth, residence, number of "
        "children, level of debt or type of car (paras 196, 198). Read 'based on personality, "
        "profiling or online behaviour' as the sole basis unless another substantive basis is "
        "stated. Other elements take the assessment out of 'solely' only if they are real, "
        "substantial and meaningful, in particular objective and verifiable facts such as "
        "criminal history or observed conduct (paras 202, 214)."
    ),
    guidance_nl=(
        "Profilering omvat het toepassen van een groepsprofiel op een individu, en overweging 42 "
        "noemt persoonlijke kenmerken zoals nationaliteit, geboorteplaats, woonplaats, aantal "
        "kinderen, schulden of type auto (punten 196, 198). Lees 'op basis van persoonlijkheid, "
        "profilering of online gedrag' als enige basis, tenzij een andere inhoudelijke basis "
        "wordt genoemd. Andere elementen halen de beoordeling alleen uit 'uitsluitend' als ze "
        "reëel, substantieel en betekenisvol zijn, in het bijzonder objectieve en verifieerbare "
        "feiten zoals strafrechtelijk verleden of waargenomen gedrag (punten 202, 214)."
    ),
    refs=("art5.1.d", "recital42", "gl-prohibited.196", "gl-prohibited.198", "gl-prohibited.199", "gl-prohibited.202"),
)

D_SUPPORTS_HUMAN_ASSESSMENT = Question(
    id="d.supports_human_assessment",
    exception=True,
    short_en="to support the human assessment … already based on objective and verifiable facts",
    short_nl="ter ondersteuning van de menselijke beoordeling … die reeds op objectieve en verifieerbare feiten is gebaseerd",
    text_en=(
        "Is the system only used to support a human assessment of a person's involvement in a "
        "criminal activity that is already based on objective and verifiable facts directly "
        "linked to that activity?"
    ),
    text_nl=(
        "Wordt het systeem alleen gebruikt ter ondersteuning van een menselijke beoordeling van "
        "de betrokkenheid van een persoon bij een criminele activiteit, die al gebaseerd is op "
        "objectieve en verifieerbare feiten die rechtstreeks met die activiteit verband houden?"
    ),
    guidance_en=(
        "The system must support a human who assesses, rather than make the risk assessment "
        "itself, and that human assessment must already rest on objective and verifiable facts "
        "linked to a criminal activity, typically a reasonable suspicion (paras 201, 206; "
        "recital 42). Examples: an early-release or pre-trial assessment by a judge or officer "
        "on criminal history and conduct, or supporting an investigation of two suspects whose "
        "involvement rests on verifiable facts (para 214). A human merely reviewing the AI "
        "output is not enough: answer no."
    ),
    guidance_nl=(
        "Het systeem moet een mens ondersteunen die beoordeelt, en niet zelf de "
        "risicobeoordeling maken, en die menselijke beoordeling moet al berusten op objectieve en "
        "verifieerbare feiten die met een criminele activiteit verband houden, meestal een "
        "redelijk vermoeden (punten 201, 206; overweging 42). Voorbeelden: een beoordeling van "
        "vervroegde invrijheidstelling of voorlopige hechtenis door een rechter of ambtenaar op "
        "basis van strafrechtelijk verleden en gedrag, of ondersteuning van een onderzoek naar "
        "twee verdachten van wie de betrokkenheid op verifieerbare feiten berust (punt 214). "
        "Alleen een mens die de AI-uitkomst nakijkt is niet genoeg: antwoord 'nee'."
    ),
    refs=("art5.1.d", "recital42", "gl-prohibited.201", "gl-prohibited.203", "gl-prohibited.206", "gl-prohibited.214"),
)

ART5_1_D = Practice(
    id="art5.1.d",
    point="(d)",
    title_en="Individual criminal-offence risk prediction based solely on profiling",
    title_nl="Voorspelling van het risico op strafbare feiten uitsluitend op basis van profilering",
    requires=All((D_CRIME_RISK, D_SOLELY_PROFILING), label="Art. 5(1)(d)"),
    unless=Any((D_SUPPORTS_HUMAN_ASSESSMENT,), label="Art. 5(1)(d), last phrase"),
    refs=("art5.1.d", "recital42", "gl-prohibited.187", "gl-prohibited.192", "gl-prohibited.203"),
    applies_from=applies_from("art5.1.d"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(e): untargeted scraping for facial recognition databases
# "AI systems that create or expand facial recognition databases [1] through the untargeted
#  scraping of facial images [2] from the internet or CCTV footage [3]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

E_FACIAL_DB = Question(
    id="e.facial_db",
    short_en="create or expand facial recognition databases",
    short_nl="databanken voor gezichtsherkenning aanleggen of aanvullen",
    text_en=(
        "Does the system create or expand a database that can be used for facial recognition "
        "(matching a face against stored faces)?"
    ),
    text_nl=(
        "Legt het systeem een databank aan of vult het een databank aan die kan worden gebruikt "
        "voor gezichtsherkenning (een gezicht vergelijken met opgeslagen gezichten)?"
    ),
    guidance_en=(
        "Any organised collection of facial images or templates that can be searched to match a "
        "face counts, whether temporary, centralised or decentralised, and recognition need not "
        "be its sole purpose (para 226). Facial image sets used only to train or test models "
        "without identifying persons, and harvesting faces to generate images of fictitious "
        "persons, do not count (paras 234-235)."
    ),
    guidance_nl=(
        "Elke georganiseerde verzameling gezichtsafbeeldingen of -templates die doorzocht kan "
        "worden om een gezicht te matchen telt mee, tijdelijk, centraal of decentraal, en "
        "herkenning hoeft niet het enige doel te zijn (punt 226). Gezichtsdatasets die alleen "
        "dienen om modellen te trainen of te testen zonder personen te identificeren, en het "
        "verzamelen van gezichten om beelden van fictieve personen te genereren, tellen niet mee "
        "(punten 234-235)."
    ),
    refs=("art5.1.e", "recital43", "gl-prohibited.226", "gl-prohibited.234", "gl-prohibited.235"),
)

E_UNTARGETED_SCRAPING = Question(
    id="e.untargeted_scraping",
    short_en="through the untargeted scraping of facial images",
    short_nl="door ongerichte scraping van gezichtsafbeeldingen",
    text_en=(
        "Are the facial images collected by untargeted scraping, i.e. automatically harvesting as "
        "many images as possible without focusing on specific individuals?"
    ),
    text_nl=(
        "Worden de gezichtsafbeeldingen verzameld door ongerichte scraping, dus door "
        "automatisch zo veel mogelijk beelden te verzamelen zonder te richten op specifieke "
        "personen?"
    ),
    guidance_en=(
        "Scraping means automatically extracting content with crawlers, bots or similar tools; "
        "'untargeted' means operating like a vacuum cleaner, without a focus on given "
        "individuals, and respecting robots.txt does not change that (paras 227-228). Collecting "
        "images of specific persons or a predefined group, such as a suspect or trafficking "
        "victims, or a reverse image search for one face, is targeted and does not count (paras "
        "229-230, 233). Combining targeted and untargeted searches still counts (para 231)."
    ),
    guidance_nl=(
        "Scraping is het automatisch ophalen van inhoud met crawlers, bots of vergelijkbare "
        "hulpmiddelen; 'ongericht' betekent werken als een stofzuiger, zonder focus op bepaalde "
        "personen, en het respecteren van robots.txt verandert dat niet (punten 227-228). Beelden "
        "verzamelen van specifieke personen of een vooraf bepaalde groep, zoals een verdachte of "
        "slachtoffers van mensenhandel, of omgekeerd zoeken op één gezicht, is gericht en telt "
        "niet mee (punten 229-230, 233). Gerichte en ongerichte zoekacties combineren telt wel "
        "mee (punt 231)."
    ),
    refs=("art5.1.e", "gl-prohibited.227", "gl-prohibited.228", "gl-prohibited.229", "gl-prohibited.233"),
)

E_SOURCE_INTERNET_CCTV = Question(
    id="e.source_internet_cctv",
    short_en="from the internet or CCTV footage",
    short_nl="van internet of CCTV-beelden",
    text_en="Do the facial images come from the internet (websites, social media) or from CCTV footage?",
    text_nl="Komen de gezichtsafbeeldingen van internet (websites, sociale media) of uit camerabeelden (CCTV)?",
    guidance_en=(
        "The internet includes social media and other websites, and publishing one's own photo "
        "online is no consent to its use in a facial recognition database; CCTV includes "
        "surveillance cameras in airports, streets or parks (para 232). Faces captured directly "
        "from users or attendees, such as at a ticket scan or by an app during the user's own "
        "recording, are neither source: answer no (paras 224, 232). Where a provider builds the "
        "database from its own users' uploads, answer unknown."
    ),
    guidance_nl=(
        "Internet omvat sociale media en andere websites, en het online zetten van een eigen "
        "foto is geen toestemming voor gebruik in een gezichtsherkenningsdatabank; CCTV omvat "
        "bewakingscamera's op luchthavens, straten of in parken (punt 232). Gezichten die "
        "rechtstreeks bij gebruikers of bezoekers worden vastgelegd, zoals bij een "
        "ticketscan of door een app tijdens de eigen opname van de gebruiker, komen uit geen van "
        "beide bronnen: antwoord 'nee' (punten 224, 232). Als een aanbieder de databank opbouwt "
        "uit uploads van de eigen gebruikers, antwoord 'onbekend'."
    ),
    refs=("art5.1.e", "recital43", "gl-prohibited.224", "gl-prohibited.232"),
)

ART5_1_E = Practice(
    id="art5.1.e",
    point="(e)",
    title_en="Untargeted scraping of facial images for facial recognition databases",
    title_nl="Ongerichte scraping van gezichtsafbeeldingen voor gezichtsherkenningsdatabanken",
    requires=All((E_FACIAL_DB, E_UNTARGETED_SCRAPING, E_SOURCE_INTERNET_CCTV), label="Art. 5(1)(e)"),
    unless=None,
    refs=("art5.1.e", "recital43", "gl-prohibited.224", "gl-prohibited.225"),
    applies_from=applies_from("art5.1.e"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(f): emotion recognition at work and in education
# "AI systems to infer emotions of a natural person [1] in the areas of workplace and education
#  institutions [2], except where the use of the AI system is intended to be put in place or into
#  the market for medical or safety reasons [exception]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

F_EMOTION_INFERENCE = Question(
    id="f.emotion_inference",
    short_en="to infer emotions of a natural person",
    short_nl="om emoties van een natuurlijke persoon … af te leiden",
    text_en=(
        "Does the system identify or infer emotions or intentions of natural persons on the "
        "basis of their biometric data (face, voice, body language, keystrokes, physiological "
        "signals)?"
    ),
    text_nl=(
        "Stelt het systeem emoties of intenties van natuurlijke personen vast, of leidt het die "
        "af, op basis van hun biometrische gegevens (gezicht, stem, lichaamstaal, toetsaanslagen, "
        "fysiologische signalen)?"
    ),
    guidance_en=(
        "Emotions and intentions are read widely: happiness, anger, anxiety, stress, boredom, "
        "interest, attention, engagement and mood count, and calling them 'attitudes' does not "
        "avoid the prohibition (paras 247-248, 255, 257, 263). The inference must rest on "
        "biometric data such as facial expressions, voice, gestures, gait, keystrokes, heart rate "
        "or EEG; sentiment analysis of written text does not count (paras 250-251). Physical "
        "states such as pain or fatigue, and the mere detection of a smile or a raised voice "
        "without inferring an emotion, do not count (para 249)."
    ),
    guidance_nl=(
        "Emoties en intenties worden ruim gelezen: blijdschap, woede, angst, stress, verveling, "
        "interesse, aandacht, betrokkenheid en stemming tellen mee, en ze 'houdingen' noemen "
        "omzeilt het verbod niet (punten 247-248, 255, 257, 263). Het afleiden moet berusten op "
        "biometrische gegevens zoals gezichtsuitdrukkingen, stem, gebaren, manier van lopen, "
        "toetsaanslagen, hartslag of EEG; sentimentanalyse van geschreven tekst telt niet mee "
        "(punten 250-251). Fysieke toestanden zoals pijn of vermoeidheid, en het louter "
        "waarnemen van een glimlach of een verheven stem zonder een emotie af te leiden, tellen "
        "niet mee (punt 249)."
    ),
    refs=(
        "art5.1.f",
        "art3.39",
        "recital18",
        "gl-prohibited.245",
        "gl-prohibited.247",
        "gl-prohibited.249",
        "gl-prohibited.251",
    ),
)

F_WORKPLACE_EDUCATION = Question(
    id="f.workplace_education",
    short_en="in the areas of workplace and education institutions",
    short_nl="op de werkplek en in het onderwijs",
    text_en=(
        "Is it used on people in the workplace (employees, contractors, job candidates) or in "
        "an education institution (pupils, students, applicants)?"
    ),
    text_nl=(
        "Wordt het gebruikt op mensen op de werkplek (werknemers, opdrachtnemers, sollicitanten) "
        "of in een onderwijsinstelling (leerlingen, studenten, aanmelders)?"
    ),
    guidance_en=(
        "The workplace is read broadly: any physical or virtual place where people perform work, "
        "whatever their status, including recruitment and probation, and education institutions "
        "at all levels, online or in person, including admission tests (paras 254-255). "
        "Customers, shoppers, callers, commuters, hotel guests and patients are outside: answer "
        "no where only they are analysed, also when staff are incidentally captured (paras 254, "
        "266, 270). A learning app used outside an institution does not count unless the "
        "institution requires it (para 255)."
    ),
    guidance_nl=(
        "De werkplek wordt ruim gelezen: elke fysieke of virtuele plek waar mensen werk "
        "verrichten, ongeacht hun status, met inbegrip van werving en proeftijd, en "
        "onderwijsinstellingen op elk niveau, online of fysiek, met inbegrip van "
        "toelatingstoetsen (punten 254-255). Klanten, winkelend publiek, bellers, reizigers, "
        "hotelgasten en patiënten vallen erbuiten: antwoord 'nee' als alleen zij worden "
        "geanalyseerd, ook als personeel toevallig in beeld komt (punten 254, 266, 270). Een "
        "leerapp die buiten een instelling wordt gebruikt telt niet, tenzij de instelling het "
        "gebruik verplicht (punt 255)."
    ),
    refs=("art5.1.f", "recital44", "gl-prohibited.253", "gl-prohibited.254", "gl-prohibited.255", "gl-prohibited.266"),
)

F_MEDICAL_SAFETY = Question(
    id="f.medical_safety",
    exception=True,
    short_en="except where the use of the AI system is intended … for medical or safety reasons",
    short_nl="behalve wanneer het gebruik van het AI-systeem is bedoeld … uit medische of veiligheidsoverwegingen",
    text_en=(
        "Is the system intended to be put in place or on the market for medical or safety "
        "reasons (protection of life and health)?"
    ),
    text_nl=(
        "Is het systeem bedoeld om uit medische of veiligheidsoverwegingen (bescherming van leven "
        "en gezondheid) te worden ingevoerd of in de handel te worden gebracht?"
    ),
    guidance_en=(
        "The exception is narrow: therapeutic use means CE-marked medical devices, for example "
        "assisting employees or students with autism, and safety means protecting life and "
        "health, for example alerting operators of dangerous machines or chemicals (paras "
        "256-258, 263). General well-being, stress, burnout, motivation or satisfaction "
        "monitoring is not a medical or safety reason, and neither is preventing theft, fraud "
        "or cheating (paras 257-258). Answer no unless such a reason is stated."
    ),
    guidance_nl=(
        "De uitzondering is smal: therapeutisch gebruik betekent medische hulpmiddelen met "
        "CE-markering, bijvoorbeeld om werknemers of studenten met autisme te ondersteunen, en "
        "veiligheid betekent bescherming van leven en gezondheid, bijvoorbeeld waarschuwen bij "
        "werk met gevaarlijke machines of chemicaliën (punten 256-258, 263). Algemene monitoring "
        "van welzijn, stress, burn-out, motivatie of tevredenheid is geen medische of "
        "veiligheidsreden, en het voorkomen van diefstal, fraude of spieken ook niet (punten "
        "257-258). Antwoord 'nee' tenzij zo'n reden wordt genoemd."
    ),
    refs=("art5.1.f", "recital44", "gl-prohibited.256", "gl-prohibited.257", "gl-prohibited.258", "gl-prohibited.263"),
)

ART5_1_F = Practice(
    id="art5.1.f",
    point="(f)",
    title_en="Emotion recognition in the workplace or education",
    title_nl="Emotieherkenning op de werkplek of in het onderwijs",
    requires=All((F_EMOTION_INFERENCE, F_WORKPLACE_EDUCATION), label="Art. 5(1)(f)"),
    unless=Any((F_MEDICAL_SAFETY,), label="medical or safety reasons"),
    refs=("art5.1.f", "recital18", "recital44", "gl-prohibited.242", "gl-prohibited.243"),
    applies_from=applies_from("art5.1.f"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(g): biometric categorisation for sensitive characteristics
# "biometric categorisation systems that categorise individually natural persons based on their
#  biometric data [1] to deduce or infer their race, political opinions, trade union membership,
#  religious or philosophical beliefs, sex life or sexual orientation [2]; this prohibition does
#  not cover any labelling or filtering of lawfully acquired biometric datasets, such as images,
#  based on biometric data [exception] or categorizing of biometric data in the area of law
#  enforcement [exception]"
# ─────────────────────────────────────────────────────────────────────────────────────────────

G_BIOMETRIC_CATEGORISATION = Question(
    id="g.biometric_categorisation",
    short_en="categorise individually natural persons based on their biometric data",
    short_nl="natuurlijke personen individueel indelen op basis van biometrische gegevens",
    text_en=(
        "Does the system individually assign natural persons to categories on the basis of their "
        "biometric data (face, voice, gait, fingerprints or other physical or behavioural "
        "characteristics)?"
    ),
    text_nl=(
        "Deelt het systeem natuurlijke personen individueel in categorieën in op basis van hun "
        "biometrische gegevens (gezicht, stem, manier van lopen, vingerafdrukken of andere "
        "fysieke of gedragskenmerken)?"
    ),
    guidance_en=(
        "Biometric categorisation assigns a person to a category rather than identifying them, "
        "from physical or behavioural features such as face, skin colour, voice, gait or "
        "keystrokes (paras 276, 278). Categorisation by clothes, accessories or social-media "
        "activity is not biometric, and a feature that is purely ancillary to another commercial "
        "service and strictly necessary for technical reasons, such as a virtual try-on filter, "
        "is excluded (paras 277, 279-280). Persons must be categorised individually, not a whole "
        "group at once (para 282)."
    ),
    guidance_nl=(
        "Biometrische categorisering deelt een persoon in een categorie in in plaats van hem te "
        "identificeren, op basis van fysieke of gedragskenmerken zoals gezicht, huidskleur, stem, "
        "manier van lopen of toetsaanslagen (punten 276, 278). Indelen naar kleding, accessoires "
        "of activiteit op sociale media is niet biometrisch, en een functie die louter een "
        "aanvulling is op een andere commerciële dienst en om technische redenen strikt "
        "noodzakelijk, zoals een filter om kleding virtueel te passen, valt erbuiten (punten 277, "
        "279-280). Personen moeten individueel worden ingedeeld, niet een hele groep tegelijk "
        "(punt 282)."
    ),
    refs=("art5.1.g", "art3.40", "recital16", "gl-prohibited.276", "gl-prohibited.277", "gl-prohibited.280", "gl-prohibited.282"),
)

G_SENSITIVE_INFERENCE = Question(
    id="g.sensitive_inference",
    short_en="to deduce or infer their race, political opinions, trade union membership, religion or beliefs, sex life or sexual orientation",
    short_nl="om ras, politieke opvattingen, vakbondslidmaatschap, religie of overtuiging, seksleven of seksuele gerichtheid af te leiden",
    text_en=(
        "Is the categorisation used to deduce or infer race, political opinions, trade union "
        "membership, religious or philosophical beliefs, sex life or sexual orientation?"
    ),
    text_nl=(
        "Wordt de indeling gebruikt om ras, politieke opvattingen, lidmaatschap van een vakbond, "
        "religieuze of levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid af "
        "te leiden?"
    ),
    guidance_en=(
        "Only the listed characteristics count (para 283). Age, sex or gender, disability, "
        "health, emotions, skin, hair or eye colour as such and vague 'demographics' are not "
        "listed: answer no for those (paras 282-283). Where a system infers 'ethnicity' or "
        "'ethnic origin' from facial features, treat the condition as open (unknown) unless the "
        "document makes clear it serves as race."
    ),
    guidance_nl=(
        "Alleen de genoemde kenmerken tellen (punt 283). Leeftijd, geslacht of gender, handicap, "
        "gezondheid, emoties, huid-, haar- of oogkleur als zodanig en vage 'demografie' staan er "
        "niet in: antwoord dan 'nee' (punten 282-283). Als een systeem 'etniciteit' of "
        "'etnische afkomst' afleidt uit gezichtskenmerken, behandel de voorwaarde als open "
        "('onbekend'), tenzij het document duidelijk maakt dat het als ras dient."
    ),
    refs=("art5.1.g", "recital30", "gl-prohibited.272", "gl-prohibited.283"),
)

G_DATASET_LABELLING = Question(
    id="g.dataset_labelling",
    exception=True,
    short_en="labelling or filtering of lawfully acquired biometric datasets",
    short_nl="labelen of filteren van rechtmatig verkregen biometrische datasets",
    text_en=(
        "Is the system only used to label or filter lawfully acquired biometric datasets (for "
        "example sorting images, or balancing training data)?"
    ),
    text_nl=(
        "Wordt het systeem alleen gebruikt om rechtmatig verkregen biometrische datasets te "
        "labelen of te filteren (bijvoorbeeld afbeeldingen sorteren of trainingsdata "
        "evenwichtig maken)?"
    ),
    guidance_en=(
        "Labelling or filtering lawfully acquired biometric datasets is outside the prohibition, "
        "for example labelling data so that all demographic groups are represented and bias is "
        "avoided, or sorting patient images by skin colour for diagnosis (paras 284-285; recital "
        "30). It covers work on datasets, not categorising people in live use to act on the "
        "inferred characteristic: answer no for that."
    ),
    guidance_nl=(
        "Het labelen of filteren van rechtmatig verkregen biometrische datasets valt buiten het "
        "verbod, bijvoorbeeld data labelen zodat alle demografische groepen vertegenwoordigd zijn "
        "en vertekening wordt voorkomen, of patiëntbeelden op huidskleur sorteren voor diagnose "
        "(punten 284-285; overweging 30). Het gaat om bewerkingen van datasets, niet om het live "
        "indelen van mensen om op het afgeleide kenmerk te handelen: antwoord dan 'nee'."
    ),
    refs=("art5.1.g", "recital30", "gl-prohibited.284", "gl-prohibited.285"),
)

G_LAW_ENFORCEMENT_CATEGORISING = Question(
    id="g.law_enforcement_categorising",
    exception=True,
    short_en="categorizing of biometric data in the area of law enforcement",
    short_nl="categorisering van biometrische gegevens op het gebied van rechtshandhaving",
    text_en=(
        "Is the system used in the area of law enforcement to categorise lawfully acquired "
        "biometric data (for example filtering seized material to identify victims or "
        "suspects)?"
    ),
    text_nl=(
        "Wordt het systeem op het gebied van rechtshandhaving gebruikt om rechtmatig verkregen "
        "biometrische gegevens te categoriseren (bijvoorbeeld in beslag genomen materiaal "
        "filteren om slachtoffers of verdachten te identificeren)?"
    ),
    guidance_en=(
        "The guidelines read this carve-out together with dataset labelling: law-enforcement "
        "authorities may label, filter and categorise lawfully acquired biometric data sets, for "
        "example sorting a seized child-abuse image set by hair colour, scars or tattoos to "
        "identify victims or link cases (paras 271, 286; recital 30). Answer yes only for such "
        "work by or for law enforcement on lawfully acquired data; a commercial or public "
        "non-police user gets no. Where police categorise people live to infer a listed "
        "characteristic such as race, answer unknown: the reach of the carve-out there is open."
    ),
    guidance_nl=(
        "De richtsnoeren lezen deze uitzondering samen met het labelen van datasets: "
        "rechtshandhavingsinstanties mogen rechtmatig verkregen biometrische datasets labelen, "
        "filteren en categoriseren, bijvoorbeeld een in beslag genomen verzameling "
        "kindermisbruikbeelden sorteren op haarkleur, littekens of tatoeages om slachtoffers te "
        "identificeren of zaken te koppelen (punten 271, 286; overweging 30). Antwoord 'ja' "
        "alleen voor zulk werk door of voor rechtshandhaving op rechtmatig verkregen gegevens; "
        "een commerciële of niet-politiële overheidsgebruiker krijgt 'nee'. Als de politie "
        "mensen live indeelt om een genoemd kenmerk zoals ras af te leiden, antwoord 'onbekend': "
        "hoe ver de uitzondering dan reikt is open."
    ),
    refs=("art5.1.g", "recital30", "gl-prohibited.271", "gl-prohibited.286"),
)

ART5_1_G = Practice(
    id="art5.1.g",
    point="(g)",
    title_en="Biometric categorisation to infer sensitive characteristics",
    title_nl="Biometrische categorisering om gevoelige kenmerken af te leiden",
    requires=All((G_BIOMETRIC_CATEGORISATION, G_SENSITIVE_INFERENCE), label="Art. 5(1)(g)"),
    unless=Any((G_DATASET_LABELLING, G_LAW_ENFORCEMENT_CATEGORISING), label="Art. 5(1)(g), last phrase"),
    refs=("art5.1.g", "recital30", "gl-prohibited.273", "gl-prohibited.275"),
    applies_from=applies_from("art5.1.g"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Art. 5(1)(h): real-time remote biometric identification for law enforcement
# "the use of 'real-time' [1] remote biometric identification systems [2] in publicly accessible
#  spaces [3] for the purposes of law enforcement [4], unless and in so far as such use is
#  strictly necessary for one of the following objectives: (i) … (ii) … (iii) … [exception,
#  part 1]" — and only within the limits of Art. 5(2) (targeted individual, FRIA, registration),
#  5(3) (prior authorisation by a judicial or independent administrative authority) and 5(5)
#  (a national law providing for that use) [exception, part 2]. Both parts must hold together.
# ─────────────────────────────────────────────────────────────────────────────────────────────

H_REALTIME = Question(
    id="h.realtime",
    short_en="real-time",
    short_nl="in real time",
    text_en=(
        "Does the system capture, compare and identify biometric data in real time, "
        "instantaneously or without significant delay (as opposed to retrospective analysis of "
        "recordings)?"
    ),
    text_nl=(
        "Worden biometrische gegevens in real time vastgelegd, vergeleken en geïdentificeerd, "
        "onmiddellijk of zonder significante vertraging (in plaats van achteraf analyseren van "
        "opnamen)?"
    ),
    guidance_en=(
        "Real time means capture, comparison and identification happen instantaneously or "
        "without significant delay; a short delay does not change that, and a delay is "
        "significant at least when the person has probably left the place (para 310). "
        "Screening people live as they enter a venue is real time; running identification on "
        "recorded footage after an incident is post (retrospective) use, which is not "
        "prohibited by point (h) (paras 292, 311, 426)."
    ),
    guidance_nl=(
        "Real time betekent dat vastleggen, vergelijken en identificeren onmiddellijk of zonder "
        "significante vertraging gebeuren; een korte vertraging verandert dat niet, en een "
        "vertraging is in elk geval significant als de persoon de plek waarschijnlijk heeft "
        "verlaten (punt 310). Mensen live screenen bij binnenkomst is real time; identificatie "
        "achteraf op opgenomen beelden na een incident is gebruik achteraf, dat punt h) niet "
        "verbiedt (punten 292, 311, 426)."
    ),
    refs=("art5.1.h", "art3.42", "gl-prohibited.292", "gl-prohibited.310", "gl-prohibited.311"),
)

H_REMOTE_BIOMETRIC_IDENTIFICATION = Question(
    id="h.remote_biometric_identification",
    short_en="remote biometric identification systems",
    short_nl="systemen voor biometrische identificatie op afstand",
    text_en=(
        "Does the system identify people without their active involvement, typically at a "
        "distance, by comparing their biometric data (face, gait, voice) with a reference "
        "database?"
    ),
    text_nl=(
        "Identificeert het systeem mensen zonder dat zij daar actief bij betrokken zijn, "
        "doorgaans op afstand, door hun biometrische gegevens (gezicht, manier van lopen, stem) "
        "te vergelijken met een referentiedatabank?"
    ),
    guidance_en=(
        "Remote biometric identification compares biometric data captured without the persons' "
        "active involvement, for example by cameras on walls or ceilings or body-cams filming a "
        "crowd, with a reference database such as a watchlist (paras 298-299, 306, 308-309). "
        "Biometric verification that a person is who they claim to be (an e-gate against a "
        "passport) and access control where people step actively in front of a sensor are not "
        "remote identification (paras 303, 305-306)."
    ),
    guidance_nl=(
        "Biometrische identificatie op afstand vergelijkt biometrische gegevens die zonder "
        "actieve betrokkenheid van de personen zijn vastgelegd, bijvoorbeeld door camera's aan "
        "muren of plafonds of bodycams die een menigte filmen, met een referentiedatabank zoals "
        "een signaleringslijst (punten 298-299, 306, 308-309). Biometrische verificatie dat "
        "iemand is wie hij zegt te zijn (een e-gate tegen een paspoort) en toegangscontrole "
        "waarbij mensen actief voor een sensor gaan staan, zijn geen identificatie op afstand "
        "(punten 303, 305-306)."
    ),
    refs=("art5.1.h", "art3.41", "recital17", "gl-prohibited.298", "gl-prohibited.303", "gl-prohibited.305", "gl-prohibited.306"),
)

H_PUBLIC_SPACE = Question(
    id="h.public_space",
    short_en="in publicly accessible spaces",
    short_nl="in openbare ruimten",
    text_en=(
        "Is it used in a publicly accessible space: a physical place accessible to an "
        "undetermined number of people, such as streets, stations, shops, stadiums or parks?"
    ),
    text_nl=(
        "Wordt het gebruikt in een openbare ruimte: een fysieke plek die toegankelijk is voor "
        "een onbepaald aantal mensen, zoals straten, stations, winkels, stadions of parken?"
    ),
    guidance_en=(
        "Publicly accessible spaces are physical places open to an undetermined number of "
        "people, whoever owns them and even if a ticket, registration or minimum age is "
        "required: shops, stations, airports' common areas, stadiums, concert venues, streets "
        "and parks (paras 313-314; recital 19). Not publicly accessible: online spaces, "
        "workplaces and factories with entry control, prisons, and border control areas such as "
        "a border crossing point, although the street leading to it normally is (paras 315-317)."
    ),
    guidance_nl=(
        "Openbare ruimten zijn fysieke plekken die voor een onbepaald aantal mensen toegankelijk "
        "zijn, ongeacht de eigenaar en ook als een kaartje, registratie of minimumleeftijd nodig "
        "is: winkels, stations, de publieke delen van luchthavens, stadions, concertzalen, "
        "straten en parken (punten 313-314; overweging 19). Niet openbaar: online omgevingen, "
        "werkplekken en fabrieken met toegangscontrole, gevangenissen en grenscontrole zoals een "
        "grensovergang, al is de straat ernaartoe dat normaal wel (punten 315-317)."
    ),
    refs=("art5.1.h", "art3.44", "recital19", "gl-prohibited.314", "gl-prohibited.315", "gl-prohibited.316", "gl-prohibited.317"),
)

H_LAW_ENFORCEMENT = Question(
    id="h.law_enforcement",
    short_en="for the purposes of law enforcement",
    short_nl="met het oog op de rechtshandhaving",
    text_en=(
        "Is it used for law-enforcement purposes (prevention, investigation, detection or "
        "prosecution of criminal offences, execution of penalties, or preventing threats to "
        "public security), by or on behalf of a law-enforcement authority?"
    ),
    text_nl=(
        "Wordt het gebruikt met het oog op de rechtshandhaving (voorkomen, onderzoeken, opsporen "
        "of vervolgen van strafbare feiten, tenuitvoerlegging van straffen, of voorkomen van "
        "gevaren voor de openbare veiligheid), door of namens een rechtshandhavingsinstantie?"
    ),
    guidance_en=(
        "Law enforcement means activities by police, prosecutors or bodies entrusted by law, or "
        "by others acting on their behalf under their instructions and supervision, such as a "
        "transport company or shopping mall asked by the police (Art. 3(46); paras 320, "
        "322-324). Private or public bodies using real-time identification for their own "
        "purposes (a supermarket finding known shoplifters, a stadium enforcing bans, a hotel "
        "recognising VIP guests, marketing or analytics) are not law enforcement: answer no "
        "(paras 324, 426; section 10.8; recital 38). Point (h) prohibits only the use, so answer for the use "
        "the document describes or intends (para 291)."
    ),
    guidance_nl=(
        "Rechtshandhaving zijn activiteiten van politie, openbaar ministerie of bij wet belaste "
        "instanties, of van anderen die namens hen werken onder hun instructies en toezicht, "
        "zoals een vervoerbedrijf of winkelcentrum op verzoek van de politie (art. 3, punt 46; "
        "punten 320, 322-324). Private of publieke organisaties die real-time identificatie voor "
        "eigen doelen gebruiken (een supermarkt die bekende winkeldieven zoekt, een stadion dat "
        "stadionverboden handhaaft, een hotel dat VIP-gasten herkent, marketing of analyse) doen "
        "niet aan rechtshandhaving: antwoord 'nee' (punten 324, 426; afdeling 10.8; overweging 38). Punt h) "
        "verbiedt alleen het gebruik, dus antwoord voor het gebruik dat het document beschrijft "
        "of beoogt (punt 291)."
    ),
    refs=("art5.1.h", "art3.46", "recital38", "gl-prohibited.291", "gl-prohibited.320", "gl-prohibited.324", "gl-prohibited.426"),
)

H_LISTED_OBJECTIVE = Question(
    id="h.listed_objective",
    exception=True,
    short_en="strictly necessary for one of the following objectives: (i) … (ii) … (iii)",
    short_nl="strikt noodzakelijk voor een van de volgende doelstellingen: i) … ii) … iii)",
    text_en=(
        "Is each use strictly necessary for one of the listed objectives: a targeted search for "
        "specific victims of abduction, trafficking or sexual exploitation or for missing "
        "persons; preventing a specific, substantial and imminent threat to life or physical "
        "safety or a genuine threat of a terrorist attack; or locating or identifying a suspect "
        "of an Annex II offence punishable by at least four years, and limited to confirming the "
        "identity of the specifically targeted individual?"
    ),
    text_nl=(
        "Is elk gebruik strikt noodzakelijk voor een van de genoemde doelstellingen: het gericht "
        "zoeken naar specifieke slachtoffers van ontvoering, mensenhandel of seksuele uitbuiting "
        "of naar vermiste personen; het voorkomen van een specifieke, aanzienlijke en imminente "
        "dreiging voor het leven of de fysieke veiligheid of een reële dreiging van een "
        "terroristische aanslag; of het lokaliseren of identificeren van een verdachte van een "
        "strafbaar feit uit bijlage II met een maximumstraf van ten minste vier jaar, en beperkt "
        "tot het bevestigen van de identiteit van de specifiek beoogde persoon?"
    ),
    guidance_en=(
        "The three objectives of Art. 5(1)(h)(i)-(iii) are exhaustive and narrow; any other "
        "purpose, such as finding shoplifters, general crime prevention or an untargeted "
        "watchlist at an event, stays prohibited (paras 328, 354; section 10.8). Under Art. 5(2) "
        "each use may only confirm the identity of the specifically targeted individual, must "
        "weigh the seriousness, probability and scale of the harm against the consequences for "
        "rights, and must be limited in time, place and persons (paras 357, 359, 364). Answer "
        "yes only where the document ties the use to such a specific case and limits."
    ),
    guidance_nl=(
        "De drie doelstellingen van art. 5, lid 1, onder h), i) tot en met iii), zijn uitputtend "
        "en smal; elk ander doel, zoals winkeldieven vinden, algemene misdaadpreventie of een "
        "ongerichte signaleringslijst bij een evenement, blijft verboden (punten 328, 354; "
        "afdeling 10.8). Volgens art. 5, lid 2, mag elk gebruik alleen de identiteit van de "
        "specifiek beoogde persoon bevestigen, moeten ernst, waarschijnlijkheid en omvang van de "
        "schade worden afgewogen tegen de gevolgen voor de rechten, en moet het gebruik beperkt "
        "zijn in tijd, plaats en personen (punten 357, 359, 364). Antwoord 'ja' alleen als het "
        "document het gebruik koppelt aan zo'n specifiek geval en zulke grenzen."
    ),
    refs=(
        "art5.1.h.i",
        "art5.1.h.ii",
        "art5.1.h.iii",
        "art5.2",
        "annexII",
        "recital33",
        "recital34",
        "gl-prohibited.328",
        "gl-prohibited.354",
        "gl-prohibited.357",
        "gl-prohibited.359",
    ),
)

H_AUTHORISATION = Question(
    id="h.authorisation",
    exception=True,
    short_en="prior authorisation by a judicial or independent administrative authority under national law (Art. 5(3), 5(5))",
    short_nl="voorafgaande toestemming van een gerechtelijke of onafhankelijke administratieve instantie naar nationaal recht (art. 5, leden 3, 5)",
    text_en=(
        "Is each use authorised in advance by a judicial authority or an independent "
        "administrative authority whose decision is binding, under a national law that provides "
        "for such use (Art. 5(3) and 5(5)), after a fundamental rights impact assessment and "
        "registration of the system (Art. 5(2))?"
    ),
    text_nl=(
        "Wordt elk gebruik vooraf toegestaan door een gerechtelijke instantie of een "
        "onafhankelijke administratieve instantie met een bindend besluit, op grond van een "
        "nationale wet die zulk gebruik mogelijk maakt (art. 5, leden 3 en 5), na een "
        "effectbeoordeling op het gebied van de grondrechten en registratie van het systeem "
        "(art. 5, lid 2)?"
    ),
    guidance_en=(
        "Without a national law that provides for real-time identification for the objective "
        "concerned, such use is prohibited (Art. 5(5); paras 290, 326, 411). Each use needs a "
        "prior, reasoned authorisation by a judicial or independent administrative authority; "
        "in duly justified urgency it must be requested within 24 hours and use must stop if it "
        "is refused (Art. 5(3); paras 380, 382-383). The deployer must also have completed a "
        "fundamental rights impact assessment and registered the system (Art. 5(2); para 368); "
        "answer no or unknown where any of this is missing or not stated."
    ),
    guidance_nl=(
        "Zonder nationale wet die real-time identificatie voor de betrokken doelstelling "
        "mogelijk maakt, is zulk gebruik verboden (art. 5, lid 5; punten 290, 326, 411). Elk "
        "gebruik vereist voorafgaande, gemotiveerde toestemming van een gerechtelijke of "
        "onafhankelijke administratieve instantie; in een naar behoren gemotiveerde spoedeisende "
        "situatie moet die binnen 24 uur worden aangevraagd en moet het gebruik stoppen bij "
        "weigering (art. 5, lid 3; punten 380, 382-383). De gebruiksverantwoordelijke moet ook "
        "een grondrechteneffectbeoordeling hebben gedaan en het systeem hebben geregistreerd "
        "(art. 5, lid 2; punt 368); antwoord 'nee' of 'onbekend' als iets daarvan ontbreekt of "
        "niet wordt genoemd."
    ),
    refs=(
        "art5.2",
        "art5.3",
        "art5.5",
        "recital35",
        "recital37",
        "gl-prohibited.290",
        "gl-prohibited.326",
        "gl-prohibited.380",
        "gl-prohibited.382",
    ),
)

ART5_1_H = Practice(
    id="art5.1.h",
    point="(h)",
    title_en="Real-time remote biometric identification in public spaces for law enforcement",
    title_nl="Biometrische identificatie op afstand in real time in openbare ruimten voor rechtshandhaving",
    requires=All(
        (H_REALTIME, H_REMOTE_BIOMETRIC_IDENTIFICATION, H_PUBLIC_SPACE, H_LAW_ENFORCEMENT),
        label="Art. 5(1)(h)",
    ),
    unless=Any(
        (
            All(
                (H_LISTED_OBJECTIVE, H_AUTHORISATION),
                label="strictly necessary for (i)-(iii), within Art. 5(2), 5(3) and 5(5)",
            ),
        ),
        label="Art. 5(1)(h)(i)-(iii) with Art. 5(2)-(5)",
    ),
    refs=(
        "art5.1.h",
        "art5.2",
        "art5.3",
        "art5.5",
        "recital32",
        "recital33",
        "recital35",
        "gl-prohibited.289",
        "gl-prohibited.295",
        "gl-prohibited.326",
    ),
    applies_from=applies_from("art5.1.h"),
)


# ─────────────────────────────────────────────────────────────────────────────────────────────
# The catalogue
# ─────────────────────────────────────────────────────────────────────────────────────────────

#: Art. 5(1) in the order of the consolidated text: a, b, ba, bb, c, d, e, f, g, h.
PRACTICES: tuple[Practice, ...] = (
    ART5_1_A,
    ART5_1_B,
    ART5_1_BA,
    ART5_1_BB,
    ART5_1_C,
    ART5_1_D,
    ART5_1_E,
    ART5_1_F,
    ART5_1_G,
    ART5_1_H,
)

_BY_ID: dict[str, Practice] = {p.id: p for p in PRACTICES}


def practice(practice_id: str) -> Practice:
    """The practice with id ``art5.1.x``; ``KeyError`` for an unknown id."""
    try:
        return _BY_ID[practice_id]
    except KeyError:
        raise KeyError(f"unknown practice id {practice_id!r}; known: {', '.join(_BY_ID)}") from None


def scope_questions() -> list[Question]:
    """The scope gate's questions: the AI-system question, then the exclusions."""
    return [SCOPE.ai_system, *SCOPE.exclusions]


def all_questions() -> list[Question]:
    """Every question of the catalogue: scope first, then the practices in order."""
    out = scope_questions()
    for p in PRACTICES:
        out.extend(p.questions)
    return out


_QUESTIONS: dict[str, Question] = {q.id: q for q in all_questions()}


def question(question_id: str) -> Question:
    """The question with the given id (e.g. ``c.unrelated_context``); ``KeyError`` if unknown."""
    try:
        return _QUESTIONS[question_id]
    except KeyError:
        raise KeyError(f"unknown question id {question_id!r}") from None


def practice_of(question_id: str) -> Practice | None:
    """The practice a question belongs to (None for the scope questions)."""
    for p in PRACTICES:
        if any(q.id == question_id for q in p.questions):
            return p
    return None


# Point labels as the two language versions cite them.
_POINT_NL = {"ba": "b bis", "bb": "b ter"}


def practice_label(practice_id: str, lang: str = "en") -> str:
    """``Art. 5(1)(c)`` in English, ``Art. 5, lid 1, onder c`` in Dutch (``b bis`` for (ba))."""
    point = practice_id.rsplit(".", 1)[-1]
    if practice_id not in _BY_ID:
        raise KeyError(f"unknown practice id {practice_id!r}")
    if lang == "nl":
        return f"Art. 5, lid 1, onder {_POINT_NL.get(point, point)}"
    return f"Art. 5(1)({point})"


__all__ = [
    "PRACTICES",
    "SCOPE",
    "all_questions",
    "practice",
    "practice_label",
    "practice_of",
    "question",
    "questions",
    "scope_questions",
]
