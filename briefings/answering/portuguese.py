"""Portuguese words in a question, read as the English the facts use.

Brazilian families and the volunteers who relay their questions write English with Portuguese in
it ("how many families were the raids gonna hit? centenas?", "o Kelly disse lá no México que não
vai ter deportação em massa, é verdade?"). As with Spanish (`spanish`), the question words are
read by `question.detect_form` and this reads the rest: function words carry nothing, and the
story's words become the English ones. A question is read so only when it has a word that is
Portuguese alone ("não", "né", "disse", "minha"): Portuguese shares many words with Spanish and
some with English ("no", "a", "do"), which stay as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.answering.spanish import read_glossed
from briefings.retrieval import word_set

_DROPPED = word_set(
    """
    os das dos nas pra pro pros pras com em la aqui isso isto essa esse essas esses aquele
    aquela aqueles aquelas ta tava ne gente vai vao ia foi sao tem tinha ter esta estao muito
    muita ja ainda tambem entao tipo alguma algum alguem coisa coisas eu ele ela eles elas voce
    vc vcs voces meu minha meus minhas seu sua dele dela nosso nossa pelo pela pelos pelas num
    numa acho sei lembra uns umas ou que se e nao fazer naquela naquele dessa desse dessas desses
    pfv pf ai agora sobre mesmo assim exatamente muitas muitos iam precisa teve foram tavam
    falando queriam queria estavam
    na uma tudo outro outra bem msm tb disso sempre lembro
    ao aos oq o q kkk kkkk mt mto ngm vdd cara caras so demais mim to da era eram um
    td eh ser pode sabe tao vez deles ficaram indo nessas aquilo nem afinal fazem mtos nada
    igual todos fazendo pronto historia cheio entra lista boa noite bom dia
    tbm daquela daquele nisso algumas alguns lembra
    """
)
# Words that mark a question as partly Portuguese: none of them English or Spanish (not "ta",
# a TA; not "pro").
_MARKERS = word_set(
    """
    nao ne tava vao disse falou falaram minha meu voce vc vcs pra tambem alguem entao isso aquele
    aquela quantos quantas quem onde qual quais deportacao deportacoes imigrantes verdade
    governo soltou mudancas comecar campanha imigracao comunidade onibus congresso sobrinha
    perguntas respostas cidadao separacao
    uma qnd qnt tb msm depois tudo ficou mudou disso achou pessoa tinham trabalho muito
    tinha os das nas pelo pela pelos pelas num numa dele dela deles delas ele eles essa esse
    essas esses oq ngm vdd mt mto tavam tem ter fazer falar falando ainda aos ao sem
    mesmo ninguem nenhum nenhuma voces kkk kkkk ela vai ficar fala tirou conseguiu sabiam
    confirmou garantiu chamavam virou deram
    td deixou maioria cancelou nomeacao aprovou coletiva ouvi setembro hj mtos irmaos irmao irma
    perguntou soube prometeram mulher porao fica operacoes substituiu entrou falava pesquisa
    brasileiro saindo botando botar prendendo pegarem levam chegou agir faz fazem dizem colocar
    nessas nervosos vezes lancou soltaram identificou reclamou jornalista tentam defendem
    ficaram devagar endereco forca tao puxou apelido xerife xerifes remocao populacao calendario
    manchete jovens ruim fim
    tbm acabou advogada advogado afeta afetado afetados afetam ajudar algemadas algemas amanha
    ameaca ameacas apavorada apavorado assinou assustados assustar atrasando atravessar aumentaram
    aumentou aviao avioes avisou barrou batida batidas caiu chamou chanceler chutou cidada comicio
    concordou condenacao contratacao contratados contratando crianca criancas criticaram culpou
    cumprir cunhada cunhado deportaram deportou derrubaram derrubou desesperado desesperados
    detencao diretrizes disseram divulgou dizer dois elogiou endurecimento entenderam exercito
    explicou fiscalizacao fronteira homens imigrante irresponsavel janeiro julho junho justica
    liberados lideranca ligacao medo metade mexeu milhares milhoes mudanca nasceu negou
    nervosa nervoso oficiais ontem operacao ordem ordens orientacao pagaram pagou parceria
    parcerias passaporte pessoas pouquinhos povo pressao principais prisao promessa
    promessas prometeu publicada publicadas reacao reagiram reagiu recolhida recolhidos reeleicao
    reforcou regras relatorio remarcada reporteres reportou respeitando responderam respondeu
    sairam seguem sobrinho soltavam sozinho sozinhos tensao terca tribunais trabalha tuitou
    vazaram vazou viu vizinha vizinho voos diz reportagem daquela nisso cabeca colocam
    executiva primeiras pergunta deputado ganharam pediu escrever boletim
    precisam algumas direito foi fez
    """
)
# Two-word phrases, read after the function words are dropped ("guarda nacional").
_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("guarda", "nacional"): ("national", "guard"),
    ("sem", "documento"): ("undocumented",),
    ("sem", "documentos"): ("undocumented",),
    ("sem", "papel"): ("undocumented",),
    ("sem", "papeis"): ("undocumented",),
    ("deportacao", "massa"): ("mass", "deportation"),
    ("deportacoes", "massa"): ("mass", "deportations"),
    ("estados", "unidos"): ("united", "states"),
    ("quis", "dizer"): ("meant",),
    ("de", "qual"): ("from", "which"),
    ("de", "onde"): ("from", "where"),
    ("linha", "dura"): ("hard", "line"),
    ("todo", "mundo"): ("everyone",),
    ("local", "trabalho"): ("worksite",),
    ("ordem", "deportacao"): ("removal", "order"),
    ("perguntas", "respostas"): ("questions", "and", "answers"),
    ("operacao", "militar"): ("military", "operation"),
    ("cidadao", "americano"): ("citizen",),
    ("entrar", "panico"): ("panic",),
    ("ordem", "de"): ("removal", "order"),
    ("de", "verdade"): ("actually",),
    ("casa", "branca"): ("white", "house"),
    ("porta", "voz"): ("spokesman",),
    ("voltar", "atras"): ("reverse",),
    ("processo", "rapido"): ("expedited", "removal"),
    ("deportacao", "rapida"): ("expedited", "removal"),
    ("relacoes", "exteriores"): ("foreign",),
    ("seguranca", "interna"): ("homeland", "security"),
    ("diario", "oficial"): ("federal", "register"),
    ("entrar", "vigor"): ("take", "effect"),
    ("pouco", "pouco"): ("gradually",),
    ("deportador", "chefe"): ("deporter", "in", "chief"),
    ("centro", "americanos"): ("central", "americans"),
    ("sem", "condenacao"): ("not", "convicted"),
    ("dentro", "lei"): ("legally",),
    ("ficou", "parado"): ("held", "steady"),
    ("colocar", "pratica"): ("implement",),
    ("colocam", "pratica"): ("implement",),
    ("menor", "desde"): ("lowest", "since"),
    ("faz", "tempo"): ("long", "time"),
    ("mais", "menos"): ("roughly",),
    ("botar", "pratica"): ("implement",),
    ("oficiais", "deportacao"): ("deportation", "officers"),
    ("agentes", "deportacao"): ("deportation", "officers"),
    ("oficiais", "imigracao"): ("immigration", "officers"),
    ("agentes", "imigracao"): ("immigration", "agents"),
    ("falaram", "nome"): ("gave", "their", "names"),
    ("deram", "nome"): ("gave", "their", "names"),
    ("disseram", "nome"): ("gave", "their", "names"),
    ("falou", "nome"): ("gave", "their", "name"),
    ("deu", "nome"): ("gave", "their", "name"),
    # "foram pegos de surpresa": blindsided; "ficou estavel": held steady; "ha quanto tempo":
    # how long; "chegou a ser adotado": was ever adopted.
    ("pegos", "surpresa"): ("blindsided",),
    ("pego", "surpresa"): ("blindsided",),
    ("ficou", "estavel"): ("held", "steady"),
    ("quanto", "tempo"): ("how", "long"),
    ("chegou", "a"): ("ever",),
    ("viraram", "oficial"): ("became", "official"),
    ("virou", "oficial"): ("became", "official"),
    # "o ice sempre teve o pé atrás com batida em familia": wary of it; "meu tio quer saber":
    # who asks.
    ("pe", "atras"): ("reluctant",),
    ("quer", "saber"): (),
    ("querem", "saber"): (),
}
# "Quantos anos tem o Kelly": how old he is (read before "tem" drops out).
_AGE = ("quantos", "anos", "tem")
_WORDS: dict[str, tuple[str, ...]] = {
    "deportacao": ("deportation",),
    "deportacoes": ("deportations",),
    "deportar": ("deport",), "deportado": ("deported",), "deportados": ("deported",),
    "deportaram": ("deported",), "deportou": ("deported",), "imigrantes": ("immigrants",),
    "imigrante": ("immigrant",), "indocumentados": ("undocumented",), "prioridade": ("priority",),
    "familias": ("families",), "familia": ("family",),
    "filhos": ("children",), "filho": ("son",), "filha": ("daughter",), "mae": ("mother",),
    "pai": ("father",), "tia": ("aunt",), "tio": ("uncle",), "primo": ("cousin",),
    "prima": ("cousin",), "cunhado": ("brother-in-law",), "cunhada": ("sister-in-law",),
    "marido": ("husband",), "sobrinho": ("nephew",), "vizinha": ("neighbor",),
    "vizinho": ("neighbor",), "igreja": ("church",), "tribunal": ("court",), "juiz": ("judge",),
    "juizes": ("judges",), "audiencia": ("hearing",), "advogado": ("lawyer",),
    "policia": ("police",), "xerife": ("sheriff",), "fronteira": ("border",), "muro": ("wall",),
    "exercito": ("army",), "soldados": ("soldiers",), "governo": ("government",),
    "lei": ("law",), "leis": ("laws",), "regras": ("rules",), "medo": ("fear",),
    "apavorada": ("afraid",), "apavorado": ("afraid",), "nervoso": ("worried",),
    "nervosa": ("worried",), "presos": ("detained",), "preso": ("detained",),
    "prender": ("arrest",), "prisao": ("arrest",), "batida": ("raid",), "batidas": ("raids",),
    "operacao": ("operation",), "voos": ("flights",),
    "avioes": ("planes",), "milhoes": ("millions",),
    "centenas": ("hundreds",), "milhares": ("thousands",),
    "semana": ("week",), "ano": ("year",), "anos": ("years",), "mes": ("month",),
    "segunda": ("monday",), "terca": ("tuesday",), "amanha": ("tomorrow",),
    "hoje": ("today",), "ontem": ("yesterday",), "disse": ("said",), "falou": ("said",),
    "falaram": ("said",), "dizer": ("say",), "chamou": ("called",), "chamar": ("call",),
    "prometeu": ("promised",), "promessa": ("promise",), "assinou": ("signed",),
    "tuitou": ("tweeted",), "mandou": ("sent",), "contratar": ("hire",),
    "contratando": ("hiring",), "verdade": ("true",), "certo": ("right",),
    "segundo": ("according", "to"), "processar": ("prosecute",), "pagaram": ("paid",),
    "coiote": ("smuggler",), "sozinhos": ("alone",), "trazer": ("bring",),
    "soltavam": ("released",), "soltar": ("release",), "morar": ("live",), "mora": ("lives",),
    "parentes": ("relatives",), "acabou": ("ended",), "acabar": ("end",),
    "cedendo": ("giving", "in"), "pressao": ("pressure",), "casas": ("homes",),
    "entenderam": ("understood",), "chanceler": ("foreign", "minister"), "visita": ("visit",),
    "adultos": ("adults",), "presidente": ("president",), "agentes": ("agents",),
    "senador": ("senator",), "politicas": ("policies",), "planos": ("plans",),
    "comunidades": ("communities",), "numero": ("number",),
    "jornal": ("newspaper",), "jornalistas": ("reporters",), "frase": ("phrase",),
    "algemas": ("handcuffs",), "metade": ("half",), "mostrar": ("show",),
    "juntos": ("together",), "quanto": ("how", "much"), "quantos": ("how", "many"),
    "quantas": ("how", "many"), "quando": ("when",), "onde": ("where",), "quem": ("who",),
    "qual": ("which",), "quais": ("which",), "mil": ("thousand",), "eua": ("us",),
    "acalmar": ("calm",), "assustar": ("scare",), "povo": ("people",), "soltou": ("released",),
    "mudancas": ("changes",), "demorar": ("take", "time"), "comecar": ("start",),
    "poderes": ("powers",), "novos": ("new",), "novas": ("new",), "campanha": ("campaign",),
    "imigracao": ("immigration",), "ilegal": ("illegal",), "comunidade": ("community",),
    "panico": ("panic",), "onibus": ("buses",), "oficial": ("official",), "resume": ("summarize",),
    "disseram": ("said",), "pessoas": ("people",), "contratados": ("hired",),
    "mandam": ("order",), "menos": ("lowest",), "desde": ("since",), "seguem": ("follow",),
    "congresso": ("congress",), "inventou": ("made", "up"), "tensa": ("tense",),
    "dignidade": ("dignity",), "aplicar": ("enforce",), "esperar": ("wait",),
    "sobrinha": ("niece",), "afetam": ("affect",), "afeta": ("affects",),
    "documento": ("document",), "setor": ("division",), "ajudar": ("help",),
    "pessoal": ("staff",), "pegar": ("arrest",), "perdeu": ("missed",), "data": ("date",),
    "comunicado": ("statement",), "nasceu": ("born",), "separacao": ("separation",),
    "parou": ("stopped",), "militar": ("military",), "cidadao": ("citizen",),
    # A Brazilian WhatsApp group's ("qnd saíram os memos", "o q mudou", "vazou antes?").
    "qnd": ("when",), "qnt": ("how", "many"), "qnts": ("how", "many"), "tempo": ("time",),
    "depois": ("after",), "sair": ("come", "out"), "sairam": ("released",),
    "saiu": ("released",), "mudou": ("changed",), "novo": ("new",), "fevereiro": ("february",),
    "janeiro": ("january",), "junho": ("june",), "julho": ("july",), "maio": ("may",),
    "criminoso": ("criminal",), "criminosos": ("criminals",), "trabalho": ("work",),
    "ficar": ("stay",), "pessoa": ("person",), "sozinho": ("alone",),
    "reagiram": ("reacted",), "advogada": ("lawyer",), "vazou": ("leaked",),
    "divulgou": ("released",), "processo": ("case",), "fala": ("says",), "falar": ("say",),
    "direitos": ("rights",), "epoca": ("time",),
    "mais": ("more",), "liberados": ("released",), "liberado": ("released",), "ligacao": ("call",),
    "reporteres": ("reporters",), "identificados": ("named",), "identificado": ("named",),
    "roteiro": ("road", "map"), "principais": ("main",), "texto": ("text",),
    "inventaram": ("made", "up"), "criando": ("creating",), "exata": ("exact",),
    "exato": ("exact",), "publicadas": ("published",), "publicada": ("published",),
    "lugar": ("place",), "endurecimento": ("crackdown",), "acontecer": ("happen",),
    "respondeu": ("responded",), "perguntas": ("questions",), "orientacao": ("guidance",),
    "mexeu": ("changed",), "considerado": ("considered",), "considerados": ("considered",),
    "aumentou": ("increased",), "aumentaram": ("expanded",), "condenado": ("convicted",),
    "condenacao": ("conviction",), "agente": ("agent",), "decidir": ("decide",),
    "risco": ("risk",), "culpou": ("blamed",), "maos": ("hands",), "algemadas": ("tied",),
    "custar": ("cost",), "detencao": ("detention",), "valor": ("amount",),
    "atrasando": ("delaying",), "atrasadas": ("backlogged",), "tribunais": ("courts",),
    "audiencias": ("hearings",), "remarcada": ("rescheduled",), "rapidas": ("faster",),
    "rapido": ("quick",), "guardar": ("hold",), "esperando": ("waiting",),
    "diretrizes": ("guidelines",), "categorias": ("categories",), "parceria": ("partnership",),
    "parcerias": ("partnerships",), "pagou": ("paid",), "menor": ("minor",),
    "menores": ("minors",), "atravessar": ("cross",), "dinheiro": ("money",),
    "pegando": ("arresting",), "recolhida": ("rounded", "up"), "recolhidos": ("rounded", "up"),
    "rua": ("street",), "massa": ("mass",), "negando": ("denying",), "cuidar": ("handle",),
    "sensibilidade": ("sensitivity",), "negou": ("denied",), "objetivo": ("goal",),
    "ordens": ("orders",), "garantiu": ("assured",), "respeitando": ("respecting",),
    "humanos": ("human",), "explicou": ("explained",), "contradicao": ("contradiction",),
    "usada": ("used",), "usar": ("use",), "assunto": ("issue",), "tensao": ("tension",),
    "politico": ("politician",), "delegacao": ("delegation",), "deputados": ("lawmakers",),
    "resolvido": ("decided",), "elogiou": ("praised",), "ministro": ("minister",),
    "amizade": ("friendship",), "concordou": ("agreed",), "concordar": ("agree",),
    "mexicano": ("mexican",), "mexicanos": ("mexicans",), "mandar": ("send",),
    "receber": ("accept",), "refugiados": ("refugees",), "cancelaram": ("canceled",),
    "cancelou": ("canceled",), "programa": ("program",), "afetado": ("affected",),
    "afetados": ("affected",), "pico": ("peak",), "relatorio": ("report",),
    "ilegais": ("illegal",), "caido": ("declined",), "caiu": ("dropped",), "conseguiu": ("got",),
    "justica": ("courts",), "barrou": ("blocked",), "barrar": ("block",), "aceitar": ("accept",),
    "calado": ("silent",), "democratas": ("democrats",), "apresentar": ("check", "in"),
    "reforcou": ("bolstered",), "alvo": ("target",), "alvos": ("targets",), "avisou": ("warned",),
    "tirou": ("pulled",), "indicacao": ("nomination",), "lideranca": ("leadership",),
    "ameaca": ("threat",), "ameacas": ("threats",), "reeleicao": ("reelection",),
    "criticava": ("criticized",), "criticaram": ("criticized",), "cumprir": ("keep",),
    "promessas": ("promises",), "vazaram": ("leaked",), "imprensa": ("press",),
    "oficiais": ("officials",), "explicar": ("explain",), "pontos": ("points",),
    "executivas": ("executive",), "zero": ("scratch",),
    "vigor": ("effect",), "publicar": ("publish",), "precisavam": ("needed",),
    "considerada": ("considered",), "homens": ("men",),
    "policial": ("police",), "fiscalizacao": ("enforcement",), "obra": ("construction",),
    "estuda": ("studies",), "separar": ("separate",),
    "criancas": ("children",), "crianca": ("child",), "deportador": ("deporter",),
    "chefe": ("chief",), "aumento": ("increase",), "contratacao": ("hiring",), "vagas": ("beds",),
    "reagiu": ("reacted",), "reacao": ("reaction",), "responderam": ("responded",),
    "pediram": ("asked",), "recuou": ("backed", "off"), "sentiram": ("felt",),
    "grupos": ("groups",), "grupo": ("group",), "ativistas": ("activists",),
    "defensores": ("advocates",), "furiosos": ("furious",), "assustados": ("frightened",),
    "retirar": ("pull",), "nomeacao": ("nomination",), "cidade": ("city",), "estado": ("state",),
    "estados": ("states",), "trinta": ("thirty",), "onze": ("eleven",),
    "recorde": ("record",), "derrubou": ("struck", "down"), "derrubaram": ("struck", "down"),
    "derrubar": ("strike", "down"), "parte": ("part",), "dois": ("two",), "tres": ("three",),
    "quatro": ("four",), "cinco": ("five",),
    "virou": ("became",), "deram": ("gave",), "nome": ("name",), "reportou": ("reported",),
    "antiga": ("old",), "antigo": ("old",), "usava": ("used",), "vir": ("come",),
    "pouquinhos": ("gradually",), "poucos": ("gradually",), "casa": ("home",),
    "informacao": ("information",), "errada": ("wrong",), "passaporte": ("passport",),
    "junto": ("together",), "perder": ("lose",), "papel": ("role",), "chamavam": ("called",),
    "abuso": ("abuse",), "abusos": ("abuses",), "chefoes": ("bosses",), "sabiam": ("knew",),
    "postar": ("post",), "confirmou": ("confirmed",), "trabalha": ("works",), "ate": ("by",),
    "legalmente": ("legally",),
    "longe": ("far",), "vi": ("saw",), "video": ("video",),
    "chutou": ("guessed",), "chute": ("guess",), "absurdo": ("absurd",),
    "culto": ("service",), "coletiva": ("press", "conference"), "paz": ("peace",),
    "devagar": ("gradually",), "agir": ("act",), "endereco": ("address",), "forca": ("force",),
    "chegou": ("arrived",), "reclamou": ("complained",), "jornalista": ("reporter",),
    "identificou": ("identified",), "soltaram": ("released",), "publico": ("public",),
    "lancou": ("released",), "quarta": ("wednesday",), "pesada": ("heavy",),
    "defendem": ("defend",), "punir": ("punish",), "tentam": ("try",), "juntar": ("reunite",),
    "deixou": ("made",), "desesperado": ("scared",), "desesperados": ("scared",),
    "comicio": ("rally",), "maioria": ("majority",), "migrantes": ("migrants",),
    "dentro": ("within",), "nunca": ("never",),
    "levam": ("take",), "volta": ("back",), "ordem": ("order",), "neta": ("granddaughter",),
    "pegarem": ("arrest",), "pega": ("arrest",), "chefes": ("leaders",), "nervosos": ("nervous",),
    "aprovou": ("approved",), "dizem": ("say",), "pratica": ("practice",),
    "prendendo": ("arresting",), "botando": ("putting",), "jura": ("swears",),
    "brasileiro": ("brazilian",), "saindo": ("leaving",),
    "imaginacao": ("imagination",), "intencao": ("intent",), "guia": ("guidelines",),
    "basico": ("basics",), "muda": ("change",), "americano": ("american",),
    "inventando": ("making", "up"), "nova": ("new",), "irresponsavel": ("irresponsible",),
    "tratar": ("treat",), "perigoso": ("dangerous",), "hj": ("today",), "fontes": ("sources",),
    "falava": ("said",), "pesquisa": ("study",), "fora": ("out",), "morrendo": ("dying",),
    "dirigir": ("drive",), "senhor": ("man",), "entender": ("understand",),
    "perguntou": ("asked",), "soube": ("heard",), "responder": ("answer",),
    "prometeram": ("promised",), "profissionalismo": ("professionally",), "viu": ("saw",),
    "mulher": ("woman",), "porao": ("basement",), "operacoes": ("operations",), "ida": ("visit",),
    "ouvi": ("heard",), "setembro": ("september",), "entrou": ("entered",),
    "substituiu": ("replaced",), "irresponsabilidade": ("irresponsible",),
    "ninguem": ("nobody",),
    # ... and more of them, as a Brazilian chat types them ("em q mes o trump puxou a indicação
    # do vitiello", "qual apelido os critico deram pro obama").
    "puxou": ("pulled",), "apelido": ("nickname",),
    "critico": ("critics",), "criticos": ("critics",), "criticadas": ("criticized",),
    "aprovado": ("adopted",), "aprovada": ("adopted",), "fim": ("end",), "xerifes": ("sheriffs",),
    "calendario": ("schedule",), "anunciar": ("announce",), "ruim": ("bad",),
    "remocao": ("removal",), "cidada": ("citizen",), "memorando": ("memo",),
    "memorandos": ("memos",), "mapa": ("map",), "medidas": ("measures",), "maior": ("largest",),
    "populacao": ("population",), "acabaram": ("ended",), "jovens": ("young", "people"),
    "expressa": ("expedited",), "aceleram": ("speed", "up"),
    "materia": ("story",), "mudanca": ("change",), "aviao": ("plane",), "fretado": ("charter",),
    "fretados": ("charter",), "manchete": ("headline",), "regra": ("rule",),
    "democrata": ("democrats",), "deportada": ("deported",), "expulsar": ("deport",),
    "direito": ("rights",), "diz": ("says",), "reportagem": ("story",),
    "executiva": ("executive",), "medida": ("measure",), "primeiras": ("first",),
    "primeira": ("first",), "principal": ("main",), "dados": ("figures",),
    "pergunta": ("questions",), "deputado": ("lawmakers",), "ganharam": ("received",),
    "pediu": ("asked",), "boletim": ("newsletter",),
    "nota": ("statement",), "precisam": ("need",), "mesma": ("same",), "levar": ("lead",),
    "fez": ("made",), "monte": ("lot",), "escrever": ("write",),
    "rascunho": ("draft",), "adotado": ("adopted",), "adotada": ("adopted",),
    "preparar": ("prepare",), "prisoes": ("arrests",), "chefao": ("officials",),
    "esquisito": ("unusual",), "estavel": ("stable",), "acelerada": ("expedited",),
    "existiam": ("existed",),
    # ... and a church WhatsApp's: "as diretriz do kelly", "o kelly ampliou a lista", "quem
    # detonou o governo", "os pai podem ser processado", "acelerar as audiencia", "excecao demais".
    "diretriz": ("guidelines",), "cargo": ("title",), "ampliou": ("broadened",),
    "ampliaram": ("broadened",), "detonou": ("blasted",), "detonaram": ("blasted",),
    "acelerar": ("speed", "up"), "processado": ("prosecuted",), "processados": ("prosecuted",),
    "valer": ("take", "effect"), "lancar": ("release",),
    "manha": ("morning",), "tarde": ("afternoon",), "excecao": ("exceptions",),
    "excecoes": ("exceptions",), "estrutura": ("framework",), "estudo": ("study",),
    "indocumentado": ("undocumented",), "desacompanhado": ("unaccompanied",),
    "desacompanhados": ("unaccompanied",), "menino": ("kids",), "meninos": ("kids",),
    "galera": (), "achou": ("thought",), "politica": ("policies",),
}  # fmt: skip


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are mostly Portuguese: two words or more that are Portuguese alone."""
    return len(_MARKERS.intersection(words)) >= 2


_FROM = (["qual"], ["onde"])  # what "de" is kept before


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their Portuguese read as English, function words dropped.

    Words of a question with no word that is Portuguese alone stay as typed.
    """
    if not _MARKERS.intersection(words):
        return list(words)
    # "de" joins a noun to what qualifies it ("oficiais de deportação"), read as one phrase,
    # but is kept before "qual" and "onde" ("de onde": from where).
    words = [w for i, w in enumerate(words) if w != "de" or words[i + 1 : i + 2] in _FROM]
    for i in range(len(words) - 2):
        if tuple(words[i : i + 3]) == _AGE:
            words[i : i + 3] = ["how", "old", "is"]
    return read_glossed(words, _DROPPED, _PHRASES, _WORDS)
