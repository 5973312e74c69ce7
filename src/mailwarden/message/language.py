"""Cheap language guess: writing system first, then stopword counts over the first ~1000 characters.

langdetect costs milliseconds per message; this costs tens of microseconds and is good enough for
routing ("is this English?") and for features. Returns an ISO 639-1 code or "" when unsure.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 600
MIN_HITS = 3
_PUNCTUATION = ".,;:!?\"'()[]<>-*_/«»„“”¿¡"

_STOPWORDS = {
    "en": "the and of to is in that for you it with on this are be your have from at not will we by or our"
          " please as can if was has an all would",
    "de": "der die und das ist nicht ich sie es mit den ein eine zu auf für ihre wir sind von dem des auch"
          " wie oder bitte werden haben uns ihr",
    "fr": "le la les et est des une un pour que qui dans pas vous sur avec votre nous sont ce du au cette"
          " par être il elle mais ou",
    "es": "el la los las y es que en una por para con su sus se del al como más pero usted este esta"
          " nuestro muy lo le",
    "pt": "o a os as e é que em um uma para com não seu sua do da dos das no na você por mais ao está"
          " foi pelo nos",
    "it": "il lo la gli le e è che di un una per con non sono del della nel alla questo questa ci si"
          " ti anche come ma",
    "nl": "de het een en is van dat niet in op te voor met zijn je u uw wij we ook aan deze dit er bij"
          " maar naar",
    "sv": "och att det som en är på för med inte av till den har vi du ett om kan jag de ni eller",
    "da": "og at det som en er på for med ikke af til den har vi du et om kan jeg de jer eller",
    "pl": "i w na nie że się to jest do z o jak ale po co tak czy od dla są pan pani",
    "tr": "ve bir bu da de için ile çok ne daha gibi olan ama sonra kadar değil siz biz",
    "id": "dan yang di ini itu untuk dengan tidak dari ke ada akan saya anda kami dalam",
}
_WEIGHTS: dict[str, list[tuple[str, float]]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in set(_words.split()):
        _WEIGHTS.setdefault(_word, []).append((_lang, 1.0))
for _word, _langs in _WEIGHTS.items():  # a word shared by k languages counts 1/k for each
    _WEIGHTS[_word] = [(lang, 1.0 / len(_langs)) for lang, _ in _langs]

_SCRIPTS = (  # (first code point, last code point, language)
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
    (0x0400, 0x04FF, "ru"),
    (0x0370, 0x03FF, "el"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0E00, 0x0E7F, "th"),
)


def guess_language(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii():
        script = _script_language(sample)
        if script:
            return script
    scores: dict[str, float] = {}
    get = _WEIGHTS.get
    for word in sample.lower().split():  # str.split is ~2x faster than a word regex here
        hits = get(word) or get(word.strip(_PUNCTUATION))
        if hits:
            for lang, weight in hits:
                scores[lang] = scores.get(lang, 0.0) + weight
    if not scores:
        return ""
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_HITS else ""


_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_LETTER = re.compile(r"[^\W\d_]")


def _script_language(sample: str) -> str:
    """The language a non-Latin script implies, when that script writes a third of the letters."""
    found = _NON_LATIN.findall(sample)
    if not found:
        return ""
    counts: dict[str, int] = {}
    for char in found:
        code = ord(char)
        for low, high, lang in _SCRIPTS:
            if low <= code <= high:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if counts.get("ja"):  # Japanese mixes kana with Han characters
        counts["ja"] += counts.pop("zh", 0)
    lang = max(counts, key=counts.__getitem__)
    return lang if counts[lang] * 3 >= len(_LETTER.findall(sample)) else ""
