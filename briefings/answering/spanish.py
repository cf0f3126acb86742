"""Spanish words in a question, read as the English the facts use.

The story's readers include Spanish-speaking families and the volunteers who relay their
questions, often half in Spanish ("oye cuántos agentes de deportación tiene ICE", "¿dónde se está
refugiando ella?"). The question words are read by `question.detect_form`; this reads the rest:
function words carry nothing, and the story's own words become the English ones the facts and the
synonyms use. Only words that are not also English are listed ("son", "era", "miles" stay as
typed: "15 miles"); "la" and "el" are dropped, but not before a name ("La Raza", "El Salvador").
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.retrieval import word_set

# Words that carry nothing here: function words, fillers and chat ("vos", "sos", "tenés", "un",
# "re" (very), "tb", "d" for "de", "x" for "por", the Chilean "weón" and Peruvian "pe", "oe",
# "causa"), and the asker's own shift and street, which no fact speaks of ("estoy en pleno
# servicio", "mi compañero de turno", "levantada en la calle").
_DROPPED = word_set(
    """
    de del en los las les lo le se por para con una unos unas al es fue fueron ha han hay tiene
    tienen este esta estos estas ese esa eso esos esas muy mas pero como sobre entre cada todo
    todos toda todas ya nos ellos ellas ella estan estaba estaban pues entonces aqui alli ahi
    tambien sera seria cual cuales si lleva llevan oye oiga porfa usted ustedes vez que sus su
    mis tus iba iban hizo hacer ser estar muchos muchas otro otra otros otras algo algun alguna
    xq pq porq q pa tmb bien necesito quiero estoy esto fila banco comida hoja neta
    te tu nomas aunque puedan puede pueda hacerlo tienes tengo eres van va vamos haber mundo
    quedas queda quedan alguien sabe saben sabes pronto oigan
    ven preguntando estamos haciendo arrancar ancla muchisima muchisimo andaban andan suena
    ejemplo nota quepa rollo preguntamos vean
    hermanos hermanas nosotros mucho dios tenga tanta sido buenas noches cunado cunada sobrino
    sobrina concuno concuna somos esposo esposa orar oren conocimiento necesita saber tarea dar
    ir ademas siendo asi
    ojala misericordia modos mio seamos vea creemos biblico llevamos
    yo soy tan casi luego mismo igual todavia tenemos cualquiera ahorita clarito seguido
    nada creo haga incluyendo tal tranquila tranquilo hacen ando entendi duermo pensando
    companero companeros anda presentacion tener allillanchu nana nano nanita nanito
    ey ninguna ninguno rato analisis
    jaja jajaja jajajaja jeje jejeje pana panas chamo chama chamos parce parcero vaina mira digo
    che boludo boluda cachai po posta quilombo movida wasap viste dale
    vos sos tenes queres decime contame bo ta re un tb tbm d x ibamos calle calles
    pleno servicio turno cocina fijate pasame
    weon weona huevon pe oe causa broma tipico
    mi
    """
)
# Function words that mark a question as partly Spanish (not "de", "ha", "ya", "al", "si", "lo",
# "le", "se", "q", "pa", "bien", "va", "van", "tan", "yo", "soy": English has them too, in names,
# chat and abbreviations, "the DHS Q and A", "the VA", "yo bot", "soy farms"; nor the chat's "re"
# (very), "un", "sos", "tb", "d", "x" or the Uruguayan "bo" and "ta": "re: the memos", "the UN",
# "an SOS", "TB", "Bo", "ta").
_MARKERS = _DROPPED - word_set(
    "de ha ya al si lo le se q pa bien va van tan yo soy re un sos tb d x bo ta mi pe oe causa"
)
# Two-word phrases, read after the function words are dropped ("permisos de trabajo").
_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("permisos", "trabajo"): ("work", "permits"),
    ("permiso", "trabajo"): ("work", "permit"),
    ("guardia", "nacional"): ("national", "guard"),
    # "que fecha sacaron oficialmente las directivas": released them (not pulled).
    ("sacaron", "oficialmente"): ("officially", "released"),
    ("sacaron", "directivas"): ("released", "directives"),
    ("sacaron", "memos"): ("released", "memos"),
    ("sigue", "vigente"): ("still", "in", "place"),
    ("proxima", "semana"): ("next", "week"),
    ("estados", "unidos"): ("united", "states"),
    ("ciudad", "mexico"): ("mexico", "city"),
    ("preguntas", "respuestas"): ("questions", "and", "answers"),
    ("seguridad", "nacional"): ("homeland", "security"),
    ("fin", "semana"): ("weekend",),
    ("alto", "rango"): ("senior",),
    ("pro", "inmigrantes"): ("immigrant", "rights"),
    ("no", "presento"): ("did", "not", "show", "up"),
    ("nunca", "presento"): ("never", "showed", "up"),
    ("pie", "letra"): ("hew", "closely"),
    ("recien", "llegados"): ("recent", "arrivals"),
    ("poco", "poco"): ("slowly",),  # "poco a poco" (its "a" set aside by `english`)
    ("paso", "paso"): ("slowly",),
    ("prohibicion", "viaje"): ("travel", "ban"),
    ("sin", "nombre"): ("anonymous",),
    ("rueda", "prensa"): ("press", "conference"),
    ("perfil", "racial"): ("racial", "profiling"),
    ("carolina", "norte"): ("north", "carolina"),
    ("policia", "condado"): ("county", "police"),
    ("sheriff", "condado"): ("county", "sheriff"),
    ("ee", "uu"): ("united", "states"),  # "EE.UU."
    ("quiso", "decir"): ("meant",),
    ("mes", "pasado"): ("last", "month"),
    ("casa", "blanca"): ("white", "house"),
    ("centro", "detencion"): ("detention", "center"),
    ("trata", "personas"): ("human", "trafficking"),
    # The adjective after its noun: "deportación masiva" is a mass deportation.
    ("deportacion", "masiva"): ("mass", "deportation"),
    ("deportaciones", "masivas"): ("mass", "deportations"),
    ("deportaciones", "masivos"): ("mass", "deportations"),
    # "La deportación rápida" is expedited removal; "derechos humanos" are human rights.
    ("deportacion", "rapida"): ("expedited", "removal"),
    ("ordenes", "ejecutivas"): ("executive", "orders"),
    ("deportaciones", "rapidas"): ("expedited", "removal"),
    ("derechos", "humanos"): ("human", "rights"),
    ("ano", "fiscal"): ("fiscal", "year"),
    ("ultimo", "ano"): ("last", "year"),
    ("nunca", "aprobo"): ("never", "adopted"),
    # "Oficiales de deportación" are deportation officers; other "oficiales" are officials.
    ("oficiales", "deportacion"): ("deportation", "officers"),
    ("oficiales", "ice"): ("ice", "officers"),
    ("oficiales", "inmigracion"): ("immigration", "officers"),
    ("orden", "deportacion"): ("removal", "order"),
    ("orden", "remocion"): ("removal", "order"),
    ("ordenes", "remocion"): ("removal", "orders"),
    ("ordenes", "deportacion"): ("removal", "orders"),
    ("dejan", "salir"): ("released",),
    ("marco", "legal"): ("legal", "framework"),
    ("cita", "corte"): ("court", "date"),
    ("fuera", "eu"): ("abroad",),
    ("presidente", "mexico"): ("mexican", "president"),
    ("presidente", "mexicano"): ("mexican", "president"),
    ("relaciones", "exteriores"): ("foreign",),
    ("dio", "cara"): ("explained",),
    ("dieron", "cara"): ("explained",),
    ("sigue", "firme"): ("stayed", "firm"),
    ("siguio", "firme"): ("stayed", "firm"),
    ("lista", "prioridad"): ("priorities",),
    ("lista", "prioridades"): ("priorities",),
    ("lista", "deportar"): ("deportation", "priorities"),
    ("lista", "deportacion"): ("deportation", "priorities"),
    ("centros", "detencion"): ("detention", "centers"),
    ("agentes", "deportacion"): ("deportation", "officers"),
    ("agentes", "inmigracion"): ("immigration", "agents"),
    ("agentes", "migracion"): ("immigration", "agents"),
    ("agentes", "ice"): ("ice", "agents"),
    ("oficiales", "frontera"): ("border", "agents"),
    ("agentes", "frontera"): ("border", "patrol", "agents"),
    ("centros", "trabajo"): ("work", "sites"),
    ("lugares", "trabajo"): ("work", "sites"),
    # "Quien tiene razon": who is right (not the reason why).
    ("quien", "razon"): ("who", "right"),
    ("registro", "federal"): ("federal", "register"),
    # "O sea", "en resumidas cuentas": that is, in short.
    ("o", "sea"): (),
    ("resumidas", "cuentas"): (),
    ("medio", "millon"): ("half", "million"),
    # Rioplatense: "le bajan la persiana a DACA" (shut it down), "salió a hablar" (spoke), "sacó a
    # Vitiello" (pulled him; "sacó un documento" released it, "saco mi dinero" takes it out),
    # "micros llenos" (full buses).
    ("bajan", "persiana"): ("end",),
    ("bajaron", "persiana"): ("ended",),
    ("bajar", "persiana"): ("end",),
    ("baja", "persiana"): ("ends",),
    ("salio", "hablar"): ("spoke",),
    ("salio", "decir"): ("said",),
    ("saco", "a"): ("pulled",),
    ("saco", "documento"): ("released", "document"),
    ("saco", "comunicado"): ("released", "statement"),
    ("audiencia", "corte"): ("court", "date"),
    ("deportacion", "expres"): ("expedited", "removal"),
    ("deportaciones", "expres"): ("expedited", "removal"),
    ("cero", "tolerancia"): ("zero", "tolerance"),
    ("a", "poco"): ("slowly",),  # "de a poco" (its "de" dropped)
    ("no", "buscan"): ("not", "aimed"),  # "las reglas no buscan redadas masivas"
    ("hace", "falta"): ("need",),  # "no hace falta pánico" ("les falta gente": they lack it)
    # "Cómo se tomó que no le salieran las cosas" (his setbacks); "resumime en dos líneas".
    ("salieran", "cosas"): ("setbacks",),
    ("salian", "cosas"): ("setbacks",),
    ("dos", "lineas"): ("briefly",),
    ("pocas", "palabras"): ("briefly",),
    # Chilean and Peruvian crews': "mientras tanto" (while), "q dijo del uso de militares",
    # "criticaban a trump por no cumplir sus promesas" (not keeping them), "en su punto más alto"
    # (peak), "escritas en la ley" (on the books), "las reglas arman la base pa deportaciones" (a
    # framework for them).
    ("mientras", "tanto"): ("while",),
    ("uso", "militares"): ("use", "of", "military"),
    ("no", "cumplir"): ("not", "keeping"),
    ("no", "cumplia"): ("not", "keeping"),
    ("punto", "alto"): ("peak",),
    ("escritas", "ley"): ("on", "the", "books"),
    ("escritos", "ley"): ("on", "the", "books"),
    ("arman", "base"): ("framework",),
}
_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(word_set("deportaron deportan deportado deportados deportadas"), ("deported",)),
    **dict.fromkeys(word_set("deportar deporta deportaran"), ("deport",)),
    "deportacion": ("deportation",), "deportaciones": ("deportations",),
    "agentes": ("agents",), "agente": ("agent",), "oficiales": ("officials",),
    "funcionarios": ("officials",), "funcionario": ("official",),
    "frontera": ("border",), "muro": ("wall",), "soldados": ("soldiers",),
    "militares": ("military",), "militar": ("military",), "ejercito": ("army",),
    "guardia": ("guard",), "poderes": ("powers",),
    "presidente": ("president",), "secretario": ("secretary",), "gobierno": ("government",),
    "redada": ("raid",), "redadas": ("raids",), "operativo": ("operation",),
    "operacion": ("operation",), "familias": ("families",), "ninos": ("children",),
    "padres": ("parents",), "madre": ("mother",), "madres": ("mothers",),
    "iglesia": ("church",), "refugio": ("refuge",), "refugiando": ("refuge",),
    "refugiada": ("refuge",), "escondida": ("hiding",), "vuelos": ("flights",),
    "aviones": ("planes",), "semana": ("week",), "dia": ("day",), "dias": ("days",),
    "anos": ("years",), "audiencia": ("hearing",), "audiencias": ("hearings",),
    "corte": ("court",), "cortes": ("courts",), "juez": ("judge",), "jueces": ("judges",),
    "retraso": ("backlog",), "reunieron": ("met",),
    "reunion": ("meeting",), "mexicano": ("mexican",), "mexicanos": ("mexican",),
    "centroamericanos": ("central", "americans"), "centroamerica": ("central", "america"),
    "indocumentados": ("undocumented",), "inmigrantes": ("immigrants",),
    "ilegales": ("illegal",), "millones": ("millions",), "millon": ("million",),
    "cifras": ("figures",), "cifra": ("figure",), "numeros": ("numbers",),
    "firmo": ("signed",), "firmaron": ("signed",), "firmar": ("sign",),
    "memorandos": ("memos",), "apodo": ("nickname",), "criticos": ("critics",),
    "jovenes": ("young", "people"), "permisos": ("permits",), "permiso": ("permit",),
    "trabajo": ("work",),
    "recibido": ("received",), "recibieron": ("received",), "esperar": ("wait",),
    "esperando": ("waiting",), "enviar": ("send",), "mandar": ("send",), "envian": ("send",),
    "mandan": ("send",), "tuit": ("tweet",), "tuiteo": ("tweeted",), "empezar": ("start",),
    "empezaba": ("start",), "empiezan": ("start",), "comenzar": ("start",),
    "programa": ("program",), "renovar": ("renew",), "dejaron": ("kept",), "entrar": ("enter",),
    **dict.fromkeys(word_set("atrasadas atrasados atrasada atrasado atraso"), ("backlog",)),
    "cierto": ("true",), "verdad": ("true",), "dijo": ("said",), "dicen": ("say",),
    "segun": ("according", "to"), "prioridades": ("priorities",), "prioridad": ("priority",),
    "delitos": ("crimes",), "delito": ("crime",), "crimen": ("crime",),
    "condenados": ("convicted",), "acusados": ("charged",), "casos": ("cases",),
    "orden": ("order",), "ordenes": ("orders",), "arrestos": ("arrests",),
    "arrestar": ("arrest",), "arrestados": ("arrested",), "detenidos": ("detained",),
    "detencion": ("detention",), "carcel": ("jail",), "miedo": ("fear",),
    "contratar": ("hire",), "contratan": ("hire",), "nuevos": ("new",), "nuevas": ("new",),
    "reglas": ("rules",), "leyes": ("laws",), "ley": ("law",), "tiempo": ("time",),
    "vive": ("lives",), "viven": ("live",), "pais": ("country",), "paises": ("countries",),
    "reaccion": ("reaction",), "reaccionaron": ("reacted",), "hablo": ("spoke",),
    "hablaron": ("spoke",), "visita": ("visit",), "viaje": ("trip",), "llamada": ("call",),
    "conferencia": ("conference",), "periodistas": ("reporters",), "prensa": ("press",),
    "cuesta": ("cost",), "costo": ("cost",), "pagar": ("pay",),
    "masiva": ("mass",), "masivas": ("mass",), "masivo": ("mass",), "masivos": ("mass",),
    "tardan": ("take", "long"), "tarda": ("takes", "long"), "inmigracion": ("immigration",),
    "uno": ("one",), "dos": ("two",), "tres": ("three",), "cuatro": ("four",),
    "presentarse": ("check", "in"), "suponia": ("supposed",),
    # The story's other words, as readers write them ("¿le afectan los memos?", "según el
    # blog, cómo se sienten los grupos").
    "deporto": ("deported",), "gente": ("people",), "personas": ("people",),
    "hijo": ("son",), "hija": ("daughter",), "hijos": ("children",), "nino": ("child",),
    "familia": ("family",), "papas": ("parents",), "papa": ("father",), "mama": ("mother",),
    "afecta": ("affect",), "afectan": ("affect",), "afectar": ("affect",), "afectara": ("affect",),
    "grupos": ("groups",), "grupo": ("group",), "sienten": ("feel",), "siente": ("feels",),
    "tratar": ("treat",), "trato": ("treatment",), "dignidad": ("dignity",),
    "castigar": ("punish",), "castigo": ("punishment",), "reunir": ("reunite",),
    "legalmente": ("legally",), "respetando": ("respecting",), "derechos": ("rights",),
    "tropas": ("troops",), "borrador": ("draft",), "nunca": ("never",), "aprobo": ("adopted",),
    "aprobado": ("adopted",), "lineamientos": ("guidelines",), "directrices": ("guidelines",),
    "medidas": ("measures",), "piden": ("call", "for"), "pide": ("calls", "for"),
    "agencias": ("agencies",),
    # ... and the names as Spanish dictation writes them: "hice puede deportar millones como dijo
    # tromp?", "la guia esa de keli".
    "hice": ("ice",), "tromp": ("trump",), "keli": ("kelly",),
    "sabian": ("knew",), "sabia": ("knew",), "referia": ("meant",), "martes": ("tuesday",),
    "lunes": ("monday",), "jueves": ("thursday",), "despues": ("after",), "antes": ("before",),
    "ano": ("year",), "ultimo": ("last",), "pico": ("peak",), "maximo": ("peak",),
    "dudado": ("hesitant",), "dudan": ("hesitant",),
    "incluir": ("include",), "incluye": ("includes",), "solteros": ("single",),
    "adultos": ("adults",), "indocumentado": ("undocumented",), "indocumentada": ("undocumented",),
    "nacio": ("born",), "nacido": ("born",), "ciudadano": ("citizen",), "ciudadanos": ("citizens",),
    "negar": ("deny",), "entrada": ("entry",), "bloquearon": ("blocked",), "bloqueado": ("blocked",),
    "vago": ("vague",), "cambios": ("changes",), "cambio": ("change",), "tardar": ("take", "time"),
    "tardaran": ("take", "time"), "fecha": ("date",), "exacta": ("exact",), "exacto": ("exact",),
    "admitio": ("admitted",), "nego": ("denied",), "meta": ("goal",), "objetivo": ("goal",),
    "senador": ("senator",), "politicas": ("policies",), "politica": ("policy",),
    "xenofobicas": ("xenophobic",), "xenofobica": ("xenophobic",), "xenofobo": ("xenophobic",),
    "campana": ("campaign",), "candidato": ("candidate",), "delegacion": ("delegation",),
    "congreso": ("congress",), "rapida": ("quick",), "rapido": ("quick",), "acelerar": ("speed", "up"),
    "viviendo": ("living",), "lejos": ("far",), "autoridades": ("authorities",),
    "cumplir": ("meet",), "promesa": ("promise",), "prometio": ("promised",),
    "asilo": ("asylum",), "solicitantes": ("seekers",),
    "tropa": ("troops",), "fuerza": ("force",), "contrato": ("hired",), "contrataran": ("hire",),
    "lider": ("leader",),
    "directora": ("director",), "nominacion": ("nomination",), "retiro": ("pulled",),
    "abogado": ("lawyer",), "abogada": ("lawyer",), "abogados": ("lawyers",),
    "juntaron": ("met",),
    "procesar": ("prosecute",), "enjuiciar": ("prosecute",), "pagaron": ("paid",),
    "traer": ("bring",), "anuncie": ("announce",), "anuncia": ("announces",), "malo": ("bad",),
    "apa": ("father",), "ama": ("mother",), "vio": ("saw",),
    "entendio": ("understood",), "falto": ("missed",), "faltaron": ("missed",),
    # A Spanish-language newsroom's words ("necesito la cita textual", "el dato pa la grafica").
    "cita": ("quote",), "frase": ("phrase",), "textual": ("verbatim",), "dato": ("figure",),
    "numero": ("number",), "nombre": ("name",), "nombres": ("names",), "palabra": ("word",),
    "adjetivo": ("adjective",), "oficial": ("official",), "contra": ("against",),
    "ingles": ("english",), "solo": ("only",), "dieron": ("gave",), "dio": ("gave",),
    "da": ("gives",), "cosa": ("thing",), "cosas": ("things",), "tenia": ("had",),
    "tenian": ("had",), "habia": ("had",), "eran": ("were",), "salieron": ("released",),
    "salir": ("come", "out"), "exactamente": ("exactly",), "tarde": ("afternoon",),
    "dijeron": ("said",), "termina": ("ends",), "terminaba": ("finished",),
    "guias": ("guidelines",), "directivas": ("directives",), "tipo": ("like",),
    "completa": ("full",), "completo": ("full",), "quiere": ("wants",), "uso": ("used",),
    "usar": ("use",), "hablaba": ("talked",), "hablar": ("talk",), "estado": ("state",),
    "escribe": ("spelled",), "reeleccion": ("reelection",), "pueden": ("can",),
    "senora": ("lady",), "hasta": ("until",), "raro": ("unusual",), "rara": ("unusual",),
    "poner": ("put",),
    "algunas": ("some",), "algunos": ("some",), "mientras": ("while",), "sigue": ("still",),
    "riesgo": ("risk",), "seguridad": ("safety",), "paso": ("happened",), "rama": ("branch",),
    "mando": ("sent",), "hecho": ("done",), "categorias": ("categories",), "aca": ("here",),
    "cancelo": ("canceled",), "canciller": ("foreign", "minister"),
    "administracion": ("administration",), "crear": ("create",), "bajo": ("under",),
    # A kitchen's words for its people ("la comunidad", "my compa", "my primo says 2016").
    "comunidad": ("community",), "comunidades": ("communities",), "compa": ("friend",),
    "compas": ("friends",), "primo": ("cousin",), "prima": ("cousin",), "primos": ("cousins",),
    # "¿Cuántos agentes nuevos pidió Kelly?", "¿México aceptó recibirlos?".
    "pidio": ("called", "for"), "pidieron": ("called", "for"), "acepto": ("agreed",),
    "aceptaron": ("agreed",), "recibir": ("take",), "iglesias": ("churches",),
    "ahora": ("now",), "llevar": ("take",), "queria": ("wanted",), "primeras": ("first",),
    "primero": ("first",), "congresistas": ("lawmakers",), "menores": ("minors",),
    "acompanados": ("accompanied",), "estimado": ("estimate",), "esperan": ("wait",),
    "sacar": ("remove",), "anonimos": ("anonymous",), "prometieron": ("promised",),
    "manejar": ("handle",), "excusa": ("excuse",), "queja": ("complains",),
    "cuestiona": ("questions",), "reporteros": ("reporters",), "despacito": ("slowly",),
    "departamento": ("department",), "devolver": ("return",), "refugiados": ("refugees",),
    "empieza": ("starts",),
    # An intake desk's ("el señor dice que ...", "la señora pregunta", "es correcto?").
    "senor": ("man",), "dice": ("says",), "pregunta": ("asks",), "pregunto": ("asked",),
    "preguntan": ("ask",), "correcto": ("correct",), "correcta": ("correct",),
    "publicaron": ("published",), "publico": ("published",), "oficialmente": ("officially",),
    "cancelaron": ("canceled",), "cancelar": ("cancel",), "acusado": ("charged",),
    "acusada": ("charged",), "condenaron": ("convicted",), "condenado": ("convicted",),
    "condenada": ("convicted",), "corazon": ("heart",), "gran": ("great",),
    "sacaron": ("pulled",), "papeles": ("papers",), "bebe": ("baby",),
    # A farmworkers' union's ("si te agarran te dejan salir?", "que van a llegar camiones").
    "condenen": ("convicted",), "acusen": ("charged",), "camiones": ("buses",),
    "masa": ("mass",), "agarran": ("arrested",), "agarraron": ("arrested",),
    "detenido": ("detained",), "detenida": ("detained",), "esperas": ("wait",),
    "buscar": ("target",), "buscan": ("target",), "cancelan": ("cancel",),
    "estuvo": ("was",), "biblioteca": ("library",), "migracion": ("immigration",),
    # A roofing crew's ("eso de subir a la gente en buses era pura imaginacion").
    "imaginacion": ("imagination",), "subir": ("put",), "pura": ("entirely",),
    "puro": ("entirely",),
    # Promotoras' ("quiero citarlo bien", "el blanco de las redadas", "quien acompano a Kelly").
    "acompano": ("accompanied",), "acompanaron": ("accompanied",), "blanco": ("target",),
    "citarlo": ("quote",), "citarla": ("quote",), "citar": ("quote",), "panico": ("panic",),
    # A Paraguayan family's ("hoy mismo o no", "quién avisó que iba a causar escándalo").
    "hoy": ("today",), "juicio": ("trial",), "escandalo": ("outrage",), "aviso": ("warned",),
    "mudo": ("moved",), "viniendo": ("coming",), "callados": ("silent",),
    "mayormente": ("mostly",), "polis": ("police",), "cherifes": ("sheriffs",),
    "religion": ("religion",), "salgan": ("come", "out"),
    "escucho": ("heard",), "palabras": ("words",), "tratado": ("tried",), "dejar": ("let",),
    # A Spanish-language newsroom's ("se aprobó al final la propuesta", "advirtió que ... causar
    # indignación", "el tuit ... qué prometió").
    "convertirlos": ("turning",), "convertir": ("turn",), "peligroso": ("dangerous",),
    "confirmen": ("confirm",), "documento": ("document",), "aplicar": ("enforce",),
    "aplicarse": ("implemented",), "aplicaba": ("applied",), "linkear": ("link",),
    "prometiendo": ("promising",), "habria": ("would",), "miercoles": ("wednesday",),
    "viernes": ("friday",), "sabado": ("saturday",), "domingo": ("sunday",),
    "propuesta": ("proposal",), "detener": ("detain",), "acuerda": ("remember",),
    "nerviosa": ("nervous",), "nervioso": ("nervous",), "nerviosos": ("nervous",),
    "hicieron": ("made",), "cientos": ("hundreds",), "anunciar": ("announce",),
    "riesgoso": ("risky",), "dirigido": ("targeted",), "llegados": ("arrived",),
    "recien": ("recent",), "adentro": ("inside",), "fija": ("set",), "cambiando": ("changing",),
    "advirtio": ("warned",), "causar": ("spark",), "indignacion": ("outrage",),
    "publica": ("public",), "jefes": ("leaders",), "cumplido": ("kept",),
    "promesas": ("promises",), "criticaban": ("criticized",), "cumplia": ("kept",),
    "propios": ("own",), "aliados": ("allies",), "empezaban": ("start",),
    "amistad": ("friendship",), "increible": ("incredible",), "filtrado": ("leaked",),
    "filtraron": ("leaked",), "habian": ("had",), "defensores": ("advocates",),
    "anuncio": ("announcement",), "temen": ("fear",), "evitar": ("avoid",),
    "resumen": ("summary",), "comparan": ("compare",), "ultimos": ("last",),
    "escribio": ("wrote",), "televidente": ("viewer",), "acusaron": ("charged",),
    "abierto": ("pending",), "contesto": ("answered",), "preguntas": ("questions",),
    "eeuu": ("united", "states"), "mantenido": ("remained",), "estable": ("flat",),
    "salio": ("released",), "firme": ("firm",), "terminar": ("end",), "cambiado": ("changed",),
    "ampliar": ("expand",), "alianzas": ("partnerships",), "vigente": ("in", "place"),
    "cambia": ("change",),
    "expedita": ("expedited",), "soltar": ("release",), "familiares": ("relatives",),
    "atrasan": ("delayed",), "costar": ("cost",), "dolares": ("dollars",), "centros": ("centers",),
    "necesitar": ("need",), "inmediato": ("immediately",), "asustada": ("scared",),
    "asustados": ("scared",), "piensa": ("plans",), "quedarse": ("stay",),
    "muchachos": ("people",), "afectados": ("affected",), "afectado": ("affected",),
    "vigor": ("effect",), "jalon": ("once",),
    "marco": ("framework",), "contaron": ("told",), "reforzar": ("bulk", "up"),
    "cubano": ("cuban",), "nieta": ("granddaughter",),
    "nina": ("child",), "interino": ("acting",), "interina": ("acting",),
    "quedando": ("staying",),
    "anonimato": ("anonymity",), "cuidado": ("care",), "suficiente": ("enough",),
    # A church's WhatsApp in Spanish ("hermanos, la migra anda agarrando gente", "oren por mi
    # cunado").
    "agarrar": ("arrest",), "desde": ("since",), "dinero": ("money",), "nadie": ("nobody",),
    "pisto": ("money",), "plata": ("money",), "lana": ("money",),
    "guia": ("guidance",), "ayudar": ("help",), "decia": ("said",), "hermano": ("brother",),
    "hermana": ("sister",), "cambiaron": ("changed",), "cambiaban": ("changing",),
    "entender": ("understand",), "publicos": ("public",), "memorandums": ("memos",),
    "escuela": ("school",), "hablaran": ("spoke",), "publicarse": ("published",),
    "lado": ("side",), "pasar": ("happen",), "ver": ("see",),
    "migra": ("immigration",),
    "ejecutivas": ("executive",), "ponen": ("put",), "practica": ("practice",),
    "entiende": ("understand",), "tampoco": ("either",), "sencillo": ("simple",),
    "explicarle": ("explain",), "sino": ("but",), "viejas": ("old",), "usaba": ("used",),
    "respuestas": ("answers",), "compartirla": ("share",), "quitarle": ("take",),
    "preocupada": ("worried",), "preocupado": ("worried",), "decirle": ("tell",),
    "podian": ("could",), "subirlos": ("put",), "pasaron": ("happened",),
    "sensiblemente": ("sensitively",), "habra": ("will",), "razon": ("reason",),
    "cubrir": ("cover",), "aceptar": ("accept",), "manden": ("send",), "alla": ("there",),
    "solito": ("alone",), "diferencias": ("differences",), "contraten": ("hire",),
    "vivimos": ("live",), "podrian": ("could",), "policia": ("police",),
    "cargos": ("charges",), "pendiente": ("pending",), "licencia": ("license",),
    "sueltan": ("release",), "soltaban": ("released",), "vivir": ("live",),
    "esperaban": ("waited",), "urgente": ("urgent",), "pago": ("paid",),
    "sola": ("alone",), "nacieron": ("born",), "separacion": ("separation",), "paro": ("stopped",),
    "mandaron": ("sent",), "casas": ("homes",), "proximas": ("next",), "semanas": ("weeks",),
    "horas": ("hours",), "mitin": ("rally",), "vinieron": ("came",), "cipotes": ("kids",),
    "mayoria": ("majority",), "migrantes": ("migrants",), "arrestan": ("arrest",),
    "manda": ("sends",), "recibiendo": ("getting",), "presion": ("pressure",),
    "problematico": ("problematic",), "periodico": ("newspaper",), "seguidores": ("supporters",),
    "confundido": ("confused",), "confundida": ("confused",), "hubo": ("was",),
    "crecido": ("grown",), "expertos": ("experts",), "diferencia": ("difference",),
    "decian": ("said",), "deportador": ("deporter",), "jefe": ("chief",), "articulo": ("article",),
    "articulos": ("articles",), "enfocarse": ("focus",), "criminales": ("criminals",),
    "peligrosos": ("dangerous",), "diferentes": ("different",), "trabajando": ("working",),
    "postura": ("position",), "tomo": ("took",), "ilegal": ("illegal",),
    "criticadas": ("criticized",), "afuera": ("abroad",), "moralmente": ("morally",),
    "bancarrota": ("bankrupt",), "podria": ("could",), "perfil": ("profiling",),
    "paran": ("stop",), "siete": ("seven",), "bloqueo": ("blocked",), "creen": ("think",),
    # A radio call-in show's ("¿los agentes entendieron el tuit?", "¿quién lo critica?").
    **dict.fromkeys(word_set("entendieron entendia entiendo entendian"), ("understand",)),
    **dict.fromkeys(word_set("critica critican criticaron criticar"), ("criticized",)),
    "noticias": ("news",), "noticia": ("news",), "ciudad": ("city",), "separar": ("separate",),
    "llego": ("arrived",), "llegaron": ("arrived",), "quitaron": ("pulled",),
    "publicaran": ("published",), "empezo": ("started",), "empezaron": ("started",),
    "mitad": ("half",), "secreto": ("secret",), "drogas": ("drugs",), "ordena": ("orders",),
    "pidiendo": ("seeking",), "ampliaron": ("expanded",), "califica": ("qualifies",),
    "significa": ("means",), "estados": ("states",), "logistica": ("logistics",),
    "acabar": ("end",), "diez": ("ten",), "ocho": ("eight",), "leyo": ("read",),
    # What the story does not tell, as Spanish-speaking families ask it ("¿qué dijeron los
    # obispos?", "¿cuánto gana un agente?", "¿qué condados firmaron?").
    "obispos": ("bishops",), "obispo": ("bishop",), "sueldo": ("salary",), "salario": ("salary",),
    "gana": ("earns",), "ganan": ("earn",), "telefono": ("phone", "number"),
    "condados": ("counties",), "condado": ("county",), "demandas": ("lawsuits",),
    "demanda": ("lawsuit",), "ciudades": ("cities",), "renuncio": ("resigned",),
    "renunciar": ("resign",), "filtro": ("leaked",), "periodicos": ("newspapers",),
    "catolicos": ("catholic",), "residencia": ("residency",),
    "vino": ("came",), "tras": ("after",), "cruzo": ("crossed",),
    "eu": ("united", "states"), "juren": ("swear",), "juran": ("swear",), "arman": ("build",),
    "quejaba": ("complained",), "quejaban": ("complained",), "quejo": ("complained",),
    "necesitamos": ("need",), "sentido": ("sense",), "pega": ("affect",), "enojados": ("angry",),
    "planeado": ("planned",), "agarra": ("arrest",), "apelando": ("appealing",),
    "apelar": ("appeal",), "caso": ("case",), "pasado": ("last",), "querian": ("wanted",),
    "coraje": ("anger",), "criticado": ("criticized",), "existia": ("existed",),
    "profesionalmente": ("professionally",), "quedar": ("stay",), "intento": ("tried",),
    "diferente": ("different",), "bajado": ("dropped",), "cambiar": ("change",),
    "grilletes": ("shackles",), "reporte": ("report",), "preocupados": ("worried",),
    "separadas": ("separated",), "separados": ("separated",), "operaciones": ("operations",),
    "seguir": ("continue",), "inventando": ("making", "up"), "humanamente": ("humanely",),
    "apodaron": ("nicknamed",), "repente": ("suddenly",),
    "encerrado": ("detained",), "encerrada": ("detained",), "encerrados": ("detained",),
    "llevaron": ("took",), "saliendo": ("leaving",), "textualmente": ("verbatim",),
    "costaria": ("cost",), "costara": ("cost",), "carceles": ("jails",), "soltaron": ("released",),
    "viviera": ("live",), "subido": ("increased",), "llegando": ("arriving",),
    "llegan": ("arrive",), "sintieron": ("felt",), "preocupaba": ("worried",),
    "xenofobico": ("xenophobic",), "parado": ("blocked",),
    "peleados": ("differences",), "resistir": ("resist",), "sensibilidad": ("sensitivity",),
    "veo": ("see",), "comunicado": ("statement",), "asustar": ("scare",), "asustarnos": ("scare",),
    "calmar": ("calm",), "pocas": ("few",), "pocos": ("few",), "bajaron": ("dropped",),
    "siempre": ("always",), "duro": ("tough",), "ordeno": ("ordered",), "trataron": ("tried",),
    "tratando": ("trying",), "decir": ("say",), "hablando": ("talking",), "quitar": ("end",),
    "quito": ("ended",), "apoyan": ("support",), "oficina": ("office",),
    "querido": ("wanted",), "quieren": ("want",), "gusta": ("like",), "gustan": ("like",),
    "sacaran": ("released",), "complice": ("accomplice",), "complices": ("accomplices",),
    "siguen": ("follow",), "inventaron": ("made", "up"), "expliquenmelo": ("explain",),
    "explicar": ("explain",), "podia": ("could",), "justo": ("right", "when"), "llama": ("named",),
    "enojado": ("angry",), "enojada": ("angry",),
    "trabajos": ("work", "sites"), "explicando": ("explaining",), "resumeme": ("summarize",),
    "resumenos": ("summarize",), "corto": ("briefly",), "leer": ("read",), "dejan": ("keep",),
    "preso": ("detained",), "presos": ("detained",), "presa": ("detained",), "tema": ("issue",),
    "caliente": ("hot",), "bravos": ("angry",), "bravas": ("angry",), "bravo": ("angry",),
    "brava": ("angry",), "cogieron": ("took",), "veas": ("see",),
    "demorar": ("take", "time"), "demora": ("delay",), "guaguas": ("buses",), "guagua": ("bus",),
    "recogiendo": ("rounding", "up"), "invento": ("made", "up"), "llenas": ("full",),
    "llenos": ("full",), "sirven": ("purpose",), "concreto": ("specifically",),
    "boberia": ("minor",), "entran": ("enter",), "paga": ("pays",), "construir": ("build",),
    "contradijeron": ("contradicted",), "contradice": ("contradicts",), "promete": ("promises",),
    # A Honduran community's ("anda amenazando con deportaciones", "la guia aumenta cuanta gente").
    "amenazando": ("threatening",), "amenazo": ("threatened",), "amenaza": ("threat",),
    "amenazas": ("threats",), "aumenta": ("increases",), "aumentan": ("increase",),
    "asustado": ("scared",),
    # A roofing crew's WhatsApp ("van a ir lento o de un solo?", "la prohibicion de viaje", "a q
    # canal le dijo", "el vocero de la casa blanca", "la migra sabe las direcciones?").
    **dict.fromkeys(word_set("lento lenta lentos lentamente"), ("slowly",)),
    "quisieron": ("wanted",), "quiso": ("wanted",),
    "temian": ("feared",), "temia": ("feared",), "pasara": ("happen",), "pasaria": ("happen",),
    "democratas": ("democrats",), "republicanos": ("republicans",), "vocero": ("spokesman",),
    "vocera": ("spokeswoman",), "chamba": ("work",), "menos": ("fewer",),
    # Rioplatense and Chilean slang: "arranca al toque o va de a poquito?" (right away or bit by
    # bit), "los milicos" (the military), "el laburo", "un pibe", "mi vieja" (my mother),
    # "resumime", "se calentó" (got angry).
    "toque": ("immediately",), "poquito": ("slowly",), "milicos": ("military",),
    "laburo": ("work",), "pibe": ("kid",), "piba": ("girl",), "vieja": ("mother",),
    "viejo": ("father",), "resumime": ("summarize",), "calento": ("angry",),
    "manejaba": ("handled",), "manejo": ("handled",), "viva": ("live",), "espera": ("waits",),
    "prohibicion": ("ban",), "irse": ("leave",), "diga": ("say",), "supone": ("supposed",),
    "direcciones": ("addresses",), "direccion": ("address",), "significaba": ("meant",),
    "reemplazo": ("replaced",), "canal": ("channel",), "reemplazar": ("replace",),
    "reporto": ("reported",), "reportaron": ("reported",),
    # Peruvians' and Andeans' ("mi hija nacio aqui, es ciudadana", "HSI normalmente que
    # investiga?", "ICE va a ir a los centros de trabajo?", "quien tiene razon").
    "ciudadana": ("citizen",), "ciudadanas": ("citizens",), "normalmente": ("usually",),
    "investiga": ("investigations",), "investigan": ("investigations",), "fabrica": ("factory",),
    "fabricas": ("factory",), "chambea": ("works",), "chambean": ("work",),
    # Venezuelans' and Colombians' ("mi tio jura que fue de noche", "uno solo o varios", "cual es
    # el proposito", "ahora tambien van por la gente que solo tiene cargos, sin condena").
    "noche": ("night",), "jura": ("swears",), "varios": ("several",), "varias": ("several",),
    "firmado": ("signed",), "firmada": ("signed",), "firmados": ("signed",),
    "acciones": ("actions",), "accion": ("action",), "proposito": ("purpose",),
    "creando": ("creating",), "barrios": ("neighborhoods",), "autobuses": ("buses",),
    "comparo": ("compared",), "personal": ("personnel",), "cubre": ("covers",),
    "comentario": ("comment",), "contrario": ("opposite",), "reunirse": ("meet",),
    "cooperacion": ("cooperation",), "acuerdo": ("agreement",), "condena": ("conviction",),
    "organizacion": ("organization",), "golpe": ("overnight",),
    "cumplio": ("delivered",),
    # Nationals of a country the facts do not count ("cuantos cubanos deportaron en 2013?"): not
    # any people.
    **dict.fromkeys(word_set("colombianos colombiano colombianas colombiana"), ("colombians",)),
    **dict.fromkeys(word_set("venezolanos venezolano venezolanas venezolana"), ("venezuelans",)),
    **dict.fromkeys(word_set("peruanos peruano peruanas peruana"), ("peruvians",)),
    **dict.fromkeys(word_set("ecuatorianos ecuatoriano ecuatorianas ecuatoriana"), ("ecuadorians",)),
    **dict.fromkeys(word_set("cubanos cubano cubanas cubana"), ("cubans",)),
    **dict.fromkeys(word_set("dominicanos dominicano dominicanas dominicana"), ("dominicans",)),
    **dict.fromkeys(word_set("haitianos haitiano haitianas haitiana"), ("haitians",)),
    **dict.fromkeys(word_set("nicaraguenses nicaraguense"), ("nicaraguans",)),
    # A Houston parish's voice notes ("quien hizo ese estudio", "los grupos que defienden a los
    # inmigrantes", "a quien van a priorizar", "se van a rendir").
    "estudio": ("study",), "defienden": ("defend",), "asustara": ("scare",),
    "creerle": ("believe",), "rendir": ("give", "up"),
    "presumio": ("boasted",), "priorizar": ("prioritize",), "humanidad": ("humanely",),
    "trae": ("bring",), "llenar": ("fill",),
    # Argentine and Uruguayan restaurant crews' ("q excusa tiraron los de dhs" (gave), "arrancan
    # con todo?", "no íbamos a ver gente levantada en la calle" (rounded up), "la cana local",
    # "cero militares", "los oficializaron un martes?", "un cargo pendiente" (a charge)).
    **dict.fromkeys(word_set("tiraron tiro"), ("said",)),
    **dict.fromkeys(
        word_set("arranca arrancan arranco arrancaron arrancaba arrancaria"), ("start",)
    ),
    **dict.fromkeys(word_set("levantada levantado levantadas levantados"), ("rounded", "up")),
    **dict.fromkeys(word_set("levantan levantando levantar"), ("round", "up")),
    **dict.fromkeys(word_set("micro bondi colectivo"), ("bus",)),
    **dict.fromkeys(word_set("micros bondis colectivos"), ("buses",)),
    **dict.fromkeys(word_set("cana yuta"), ("police",)),
    **dict.fromkeys(word_set("oficializaron oficializo"), ("made", "official")),
    **dict.fromkeys(word_set("xenofobas xenofoba xenofobos"), ("xenophobic",)),
    "llevaban": ("been",), "aplican": ("enforce",),
    "aplica": ("applies",), "cero": ("no",), "avisar": ("announce",), "avisan": ("announce",),
    "fechas": ("dates",), "faltaste": ("missed",), "falta": ("lack",), "faltan": ("lack",),
    "expres": ("expedited",), "describio": ("described",), "lineas": ("lines",),
    "amplian": ("broaden",), "amplia": ("broadens",), "millas": ("miles",),
    "cargo": ("charge",), "pibes": ("kids",), "laburar": ("work",), "labura": ("works",),
    "laburan": ("work",), "podes": ("can",), "santuario": ("sanctuary",),
    "colabora": ("cooperates",), "colaboran": ("cooperate",),
    # ... and the rest of their voseo and slang: "explicame", "resumilo", "la guita", "los
    # gurises" (kids), "un chabón" (a guy), "los quieren echar" (deport them).
    **dict.fromkeys(word_set("explicame explicanos explicalo"), ("explain",)),
    **dict.fromkeys(word_set("resumilo resumi resumila"), ("summarize",)),
    **dict.fromkeys(word_set("echar echarlos echan echaron"), ("deport",)),
    "guita": ("money",), "gurises": ("kids",), "guri": ("kid",), "botija": ("kid",),
    "chabon": ("guy",),
    # "a quién apuntaba la operación" (whom it targeted), "la orden de remoción", "ICE reforzó
    # la rama de deportaciones", "una hoja de ruta" (its "hoja" dropped), "familias mixtas".
    **dict.fromkeys(word_set("apuntaba apunta apuntan apunto apuntaban"), ("target",)),
    **dict.fromkeys(word_set("reforzo reforzaron"), ("bulked", "up")),
    "remocion": ("removal",), "ruta": ("road", "map"), "mixtas": ("mixed", "status"),
    "mixtos": ("mixed", "status"), "agarrando": ("arresting",), "confirmaron": ("confirmed",),
    "acusan": ("charged",), "condenan": ("convicted",), "mantiene": ("remained",),
    "trabajar": ("work",), "interpreto": ("interpreted",),
    # Chilean and Peruvian cooks' and waiters' ("un pata tiene corte" (a friend), "aceleran las
    # audiencias?", "quién presionó a obama pa q se enfocara en criminales", "esos fracasos", "se
    # demoran pq hay q anunciarlas", "antes de ponerse más agresivos").
    **dict.fromkeys(word_set("agresivos agresivo agresiva agresivas"), ("aggressive",)),
    **dict.fromkeys(word_set("aceleran acelera acelerando acelero"), ("speed", "up")),
    **dict.fromkeys(word_set("presiono presionaron presionaba presionaban"), ("pressured",)),
    **dict.fromkeys(word_set("enfocara enfocaran enfoco enfocan enfoca"), ("focus",)),
    **dict.fromkeys(word_set("fracasos fracaso reveses"), ("setbacks",)),
    **dict.fromkeys(word_set("demoran demoraran demoro"), ("take", "time")),
    **dict.fromkeys(word_set("anunciarlas anunciarlos anunciarla anunciarlo"), ("announced",)),
    **dict.fromkeys(word_set("mueva mueve mueven movio"), ("move",)),
    **dict.fromkeys(word_set("avise avisa avisaba avisara"), ("announce",)),
    "pata": ("friend",), "patas": ("friends",), "terminando": ("finalizing",),
    "estudia": ("studies",), "dicho": ("said",), "rabia": ("outcry",),
    "poblacion": ("population",), "lugar": ("place",), "camas": ("beds",), "cama": ("bed",),
    "contradijo": ("contradicted",), "aprovechar": ("make", "full", "use"),
}  # fmt: skip
# "La" and "el" are dropped in a question that is otherwise Spanish, but not before the names
# they begin ("La Raza", "El Salvador", "El Paso").
_ARTICLES = word_set("la el")
# "Poco a poco", "paso a paso": one phrase, its "a" (an English word too, so not dropped) aside.
_A_BETWEEN = word_set("poco paso")
_NAMED_AFTER = word_set("raza salvador paso")
# ... and "the" before the papers English names with it: "segun el times", "el post".
_THE_BEFORE = word_set("times post")
# "Era" is "was" in Spanish ("antes era para los que ..."), but not by a president's name: "the
# Obama era", "la era de Obama".
_ERA = "era"
_ERA_OF = word_set("obama trump bush clinton reagan biden")
# Rioplatense "de una" is right away where a clause ends ("arrancan de una o de a poco?", "ICE
# puede deportar millones de una como dijo trump?"), not "de una señora"; "posta" is true after
# "es" ("cuál es la posta?", "es posta?"), and only stresses elsewhere ("q dice posta").
_DE_UNA_BEFORE = word_set("vez o como y pero no si") | {""}
_POSTA = "posta"
_IS_TRUE = word_set("es la")
# "Tipo" (like, as a filler) is a guy after an article: "un tipo de dhs dijo".
_TIPO = "tipo"
_A_GUY = word_set("un el ese este otro")
# "Cuanto rato" is how long; "sabe" knows, but not in "alguien sabe ..." (does anyone know).
_HOW_MUCH = word_set("cuanto cuanta")
_KNOWS = word_set("sabe saben")
_ASKERS_KNOW = word_set("alguien usted ustedes tu quien alguno algun y pero q que si") | {""}
_A_GUIDE = word_set("una como")
# "El break" (the asker's, "estoy en el break"): nothing here, though an English word.
_NOTHING_HERE = {("el", "break"), ("en", "break")}
_PAPERS = word_set("diario diarios")
_A_PAPER = word_set("un el ese este cual que q otro los")
_HAS = word_set("tiene tienen tenia")
# "Y" (and; an English "y" is "why") between the two words of a phrase: "preguntas y respuestas".
_AND = "y"


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are mostly Spanish: two of its function words or more."""
    return len(_MARKERS.intersection(words)) >= 2


# Words read as Spanish only in a question that is Spanish already: "EU" is the United States
# in "¿cuántos indocumentados hay en EU?", the European Union in "what are the EU's rules";
# "niña" and "marco" (framework) are names too: "what did Nina say", "Marco Rubio"; "cargo"
# (a charge) and "micro" (bus) are English words; "pata" (a friend) is Hindi too ("kisi ko pata
# nahi": nobody knows), and "lugar" Portuguese.
_ALSO_ENGLISH = word_set("eu nina marco cargo micro pata patas lugar")


def english(words: Sequence[str]) -> list[str]:
    """Return `words` (normalised) with their Spanish read as English, function words dropped.

    Words of a question with no other Spanish word stay as typed: "de" is also part of names
    ("Martinez de Castro") and phrases ("de facto").
    """
    if not any((w in _WORDS and w not in _ALSO_ENGLISH) or w in _MARKERS for w in words):
        return list(words)
    unnamed = [
        _in_context(before, w, after)
        for before, w, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True)
        if (w not in _ARTICLES or after in _NAMED_AFTER or after in _THE_BEFORE)
        and (w != "a" or before != after or before not in _A_BETWEEN)
        and (w != "a" or not _infinitive(after))
        and (w != "a" or before != "q")  # "saco algun Q&A": no "sacó a" (pulled someone)
        and (w != _AND or (before, after) not in _PHRASES)
        and (w != _ERA or before in _ERA_OF or after in _ERA_OF)
    ]
    return read_glossed([w for w in unnamed if w], _DROPPED, _PHRASES, _WORDS)


def _infinitive(word: str) -> bool:
    """Return whether `word` is a Spanish infinitive the glossary reads: "a" before it is the
    Spanish one ("salió a hablar", "van a deportar"), which carries nothing."""
    return word.endswith(("ar", "er", "ir")) and word in _WORDS


def _in_context(before: str, word: str, after: str) -> str:
    """Return `word` as its neighbours read it: "de una" at a clause's end is "immediately",
    "es posta" is "true", "un tipo" a guy, "el times" the Times, "cuanto rato" how long, "nadie
    sabe" knows, "una guía" a guide, "un diario" a newspaper, "tiene razón" right, "el break"
    nothing (""); any other word as it is."""
    if word == "una" and before == "de" and after in _DE_UNA_BEFORE:
        return "immediately"
    if word == _POSTA and before in _IS_TRUE:
        return "true"
    if word == _TIPO and before in _A_GUY:
        return "guy"
    if word in _ARTICLES and after in _THE_BEFORE:
        return "the"
    if word == "rato" and before in _HOW_MUCH:
        return "long"  # "cuanto rato despues": how long after
    if word in _KNOWS and before not in _ASKERS_KNOW:
        return "know"  # "ICE sabe donde vive", "nadie sabe cuantos hay"
    if word == "guia" and before in _A_GUIDE:
        return "guide"  # "los memos son como una guía pa qué"; "la guía de kelly" is guidance
    if word in _PAPERS and before in _A_PAPER:
        return "newspaper"  # "un diario reportó", "cual diario"; "regresan diario" is daily
    if word == "razon" and before in _HAS:
        return "right"  # "quien tiene razon": who is right (not the reason why)
    if (before, word) in _NOTHING_HERE:
        return ""
    return word


def read_glossed(
    words: Sequence[str],
    dropped: frozenset[str],
    phrases: dict[tuple[str, str], tuple[str, ...]],
    glossary: dict[str, tuple[str, ...]],
) -> list[str]:
    """Return `words` without the `dropped` ones, their two-word `phrases` and single words read
    as the `glossary` gives them (a word it does not give stays as typed)."""
    kept = [w for w in words if w not in dropped]
    out: list[str] = []
    i = 0
    while i < len(kept):
        pair = (kept[i], kept[i + 1]) if i + 1 < len(kept) else None
        if pair in phrases:
            out.extend(phrases[pair])
            i += 2
        else:
            out.extend(glossary.get(kept[i], (kept[i],)))
            i += 1
    return out
