"""Readers' posts after a blog post's picture credit, on pages with no post headers (bpoil_reuters)."""

from __future__ import annotations

from storyline.analyse.comment_section import article_part, comments_start


def test_picture_credit_closes_a_reuters_blog_post() -> None:
    text = (  # bpoil_reuters, 2010-06-18: the first reader's post runs on after the credit's photographer
        "Pity for the beleaguered oil major is still a marginal sentiment.\n"
        "On Friday the Support BP site had 1,039 fans while the Boycott BP site had 652,128.\n"
        "But it shows that for some, victim-status has shifted from drowning birds and idle fishermen to the "
        "hunched, penitent figure of Tony Hayward in the dock even as the oil continues to spew from the "
        "BP rig.\n"
        "Picture credit: BP CEO Tony Hayward walks past protesters as he arrives to testify about the BP oil "
        "spill in the Gulf of Mexico at the House Energy and Commerce Committee on Capitol Hill, June 17, "
        "2010.\n"
        "REUTERS/Larry Downing Interesting that Mr Gray uses European date notation in his comment "
        "defending BP.\n"
        'HaHaHa I\'ve seen a lot of people supporting the BP "accident", do what you got to do.\n'
    )
    assert comments_start(text) == text.index("Picture credit")
    assert "HaHaHa" not in article_part(text)


def test_a_pictures_caption_inside_an_article_is_no_credit() -> None:
    text = (  # haiti_bbc, 2010-01-16: an eyewitness's account under the name of who took the picture
        "Photo: Frederic Dupoux I was in the mountains, in a suburb of Port-au-Prince when the earthquake "
        "happened.\n"
        "Once I realized what the magnitude is, I went straight down to the city.\n"
    )
    assert comments_start(text) == len(text)


def test_a_credit_over_the_first_lines_is_the_pages_own_picture() -> None:
    text = (  # a credit heading the page: the article follows it (bpoil_washingtonpost, 2010-05-14, moved up)
        "Photo credit: NASA Goddard.\n"
        "Closing credits: Wonkbook compiled with the help of Dylan Matthews and Mike Shepard.\n"
    )
    assert comments_start(text) == len(text)
