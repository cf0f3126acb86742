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
    ("acordo", "com"): ("according", "to"),
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
    "centenas": ("hundreds",), "milhares": ("thousands",), "dia": ("day",),
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
}  # fmt: skip


def marked(words: Sequence[str]) -> bool:
    """Return whether `words` are mostly Portuguese: two words or more that are Portuguese alone."""
    return len(_MARKERS.intersection(words)) >= 2


def english(words: Sequence[str]) -> list[str]:
    """Return `words` with their Portuguese read as English, function words dropped.

    Words of a question with no word that is Portuguese alone stay as typed.
    """
    if not _MARKERS.intersection(words):
        return list(words)
    words = list(words)
    for i in range(len(words) - 2):
        if tuple(words[i : i + 3]) == _AGE:
            words[i : i + 3] = ["how", "old", "is"]
    return read_glossed(words, _DROPPED, _PHRASES, _WORDS)
