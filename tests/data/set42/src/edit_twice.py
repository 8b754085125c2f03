# second one-off edit: a few official text-only posts with forenames only (verdict allow)
import re
from pathlib import Path
files = sorted(Path('.').glob('posts_*.txt'))
data = [(f, re.split(r'^### ', f.read_text(), flags=re.M)) for f in files]
def find(snippet):
    hits = [(i, j) for i, (f, parts) in enumerate(data) for j, b in enumerate(parts) if j and snippet in b]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]
def set_field(snippet, idx, value):
    i, j = find(snippet)
    header, _, body = data[i][1][j].partition('\n')
    fields = [x.strip() for x in header.split('|')]
    fields[idx] = value
    data[i][1][j] = ' | '.join(fields) + '\n' + body
def sub(snippet, a, b_):
    i, j = find(snippet)
    assert data[i][1][j].count(a) == 1, (snippet, a)
    data[i][1][j] = data[i][1][j].replace(a, b_)
sub("Star of the week", "[[n:Sigrid Leask]]", "[[f:Sigrid]]")
sub("Star of the week", "[[n:Brodie McLeod]]", "[[f:Brodie]]")
sub("Star of the week", "full-name, forename", "forename")
set_field("[[f:Erling S]]", 2, 'o')
set_field("Sandwick Voe 14 – Brae 12", 2, 'p')
for f, parts in data:
    f.write_text('### '.join(parts))
# (third step, run once) two personal posts with a forename only -> warn
