"""Readers' posts after a blog post's signature, or signed underneath, on pages with no notice over
them (bpoil_washingtonpost, Finan_washingtonpost, bpoil_reuters)."""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.analyse.comment_section import article_part, comments_start
from storyline.pipeline import Pipeline

SIGNED_POST = (  # bpoil_washingtonpost, 2010-06-04: the readers' posts run on after the post's signature
    "and now appears often on CNN -- is also doing work for BP, CNN said.\n"
    "BP's new head of U.S. media relations has political ties, as well; Anne Womack-Kolton, the 2004 "
    "campaign press secretary for Vice President Dick Cheney, stepped into the post Tuesday from her "
    "position as a director at Brunswick Group.\n"
    "As previously reported by The Post, lobbyists doing work for BP include \"a Who's Who of the "
    'profession, from Democratic powerhouse Tony Podesta to former Reagan aide Kenneth Duberstein."\n'
    "By Garance Franke-Ruta | June 4, 2010; 11:06 AM ET Where is the outrage?\n"
    "The outrage is directed at the President of the United States from people who don't like him no "
    "matter what he says or does.\n"
)


def test_a_signature_closes_a_blog_post() -> None:
    assert comments_start(SIGNED_POST) == SIGNED_POST.index("By Garance")
    assert "outrage" not in article_part(SIGNED_POST)


def test_the_readers_posts_after_a_signature_tell_no_events(pipeline: Pipeline) -> None:
    events = events_of(pipeline, SIGNED_POST, date(2010, 6, 4))
    assert events and not any("outrage" in event.text for event in events)


def test_a_footer_under_a_readers_post_ends_the_article() -> None:
    reuters = (  # bpoil_reuters, 2010-07-08: no notice until the page's end, each post signed underneath
        "Three months and they are still battling this mess.\n"
        "They were not prepared with solutions and that's irresponsible.\n"
        "Posted by GSH10 | Report as abusive Are Americans bullying BP?\n"
        "Read Obama's lips, the fish stink from the head.\n"
    )
    assert comments_start(reuters) == reuters.index("Posted by")
    washington = (  # Finan_washingtonpost, 2008-09-19: a footer with the post's time, then the next post
        "But that hardly makes him an adviser to the candidate himself -- and certainly not in the way "
        "depicted in the McCain video release.\n"
        "Really poor judgement by Obama to involve Johnson Posted by: kirk | September 19, 2008 11:00 AM | "
        "Report abuse Trust the McCain campaign to come up with this.\n"
    )
    assert comments_start(washington) == washington.index("Really poor")


def test_an_authors_own_byline_is_no_signature_of_the_readers() -> None:
    opening = (  # a signature over the page's first lines opens the post (bpoil_washingtonpost, moved up)
        "By Ezra Klein | June 15, 2010; 11:35 AM ET\nOf course the oil spill will increase the GDP.\n"
    )
    assert comments_start(opening) == len(opening)
    byline = (  # bpoil_washingtonpost, 2010-06-01: the post's authors, named with no footer's bar
        "Does religion help or harm the environment?\n"
        "Posted by Sally Quinn and Jon Meacham on June 1, 2010 10:20 AM\n"
    )
    assert comments_start(byline) == len(byline)
    quoted = (  # Finan_washingtonpost, 2008-09-19: "By" opening the article's own sentence
        "(` Not mortgage\\/foreclosure meltdown or Fannie-specific, ' I asked, and he said ` no. ')\" By "
        "Raines's own account, he took a couple of calls from someone on the Obama campaign.\n"
    )
    assert comments_start(quoted) == len(quoted)
