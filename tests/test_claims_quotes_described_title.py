"""Quote speakers, seventy-fourth round (seed 251's H1N1_guardian Q10): a quote opening its sentence and
followed by a bare noun phrase with no verb that describes a thing ('"Joan avoids a cold" a Coronet
Instructional Film from the US in 1947') is a title, said by no one, not the words of the speaker named
in the sentence after the list.

The test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def test_a_quote_described_as_a_film_has_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "The UK government is about to launch its public information film about the dangers of swine flu.\n"
        "Here is some possible inspiration from previous flu alerts from the YouTube archive: "
        '"Sneeze, handkerchief, got it" from a 1948 NHS film.\n'
        '"Joan avoids a cold" a Coronet Instructional Film from the US in 1947 "A swine flu epidemic maybe '
        'coming" - a creepy public service announcment in the US from 1976.\n'
        "Dr Ben Goldacre, of Bad Science fame, says we are right to worry about swine flu, but there is a "
        "crisis in confidence in how the media is covering the story.\n"
    )
    assert quote_speaker(pipeline, text, "Joan avoids", date(2009, 4, 30)) is None
