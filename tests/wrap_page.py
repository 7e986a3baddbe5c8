"""Wraps a plain news text in a web page laid out as news sites lay theirs out (navigation,
scripts, a byline, a caption, share buttons, related stories, a footer), for the HTML reader's
end-to-end check: the page must yield what the text yields.

    python3 wrap_page.py article.txt > article.html

A first line "date YYYY-MM-DD" becomes a <time> element outside the article text."""
import html
import sys

text = open(sys.argv[1], encoding="utf-8").read()
lines = text.split("\n")
date = ""
if lines and lines[0].startswith("date "):
    date = lines[0][5:].strip()
    text = "\n".join(lines[1:])
paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
print(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Story - Example News</title>
<script>var page = {{"section": "world"}};</script><style>p {{ margin: 0 }}</style></head>
<body>
<header><nav class="top-nav"><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<p class="byline">By Staff reporter</p><time datetime="{date}">{date}</time>
<figure><img src="a.jpg" alt=""><figcaption>A photograph of the scene</figcaption></figure>
{body}
<div class="share-buttons"><a>Share</a><a>Tweet</a></div>
<section class="related"><h2>Related</h2><ul><li>Another story</li></ul></section>
</article></main>
<footer><p>Copyright Example News</p></footer>
<script>track();</script>
</body></html>""")
