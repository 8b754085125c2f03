# one-off edits applied after the first draft (kept for the record)
import re
from pathlib import Path
files = sorted(Path('.').glob('posts_*.txt'))
blocks = {}
def load():
    out = []
    for f in files:
        parts = re.split(r'^### ', f.read_text(), flags=re.M)
        out.append((f, parts))
    return out
data = load()
def find(snippet):
    hits = [(i, j) for i, (f, parts) in enumerate(data) for j, b in enumerate(parts) if j and snippet in b]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]
def set_field(snippet, idx, value):
    i, j = find(snippet)
    b = data[i][1][j]
    header, _, body = b.partition('\n')
    fields = [x.strip() for x in header.split('|')]
    fields[idx] = value
    data[i][1][j] = ' | '.join(fields) + '\n' + body
def sub(snippet, a, b_):
    i, j = find(snippet)
    assert data[i][1][j].count(a) == 1, (snippet, a)
    data[i][1][j] = data[i][1][j].replace(a, b_)
for s in ["who won the U14 cross country", "Well done to our S2 debating team", "HOPE SANDISON]]'s P4 team",
          "Spelling bee winners", "Shetland Island Games squad trials", "retired skipper"]:
    set_field(s, 1, 'y')
for s in ["#MirrenIrvine]] who got", "who is 15 today", "for his Bronze DofE", "6 today, [[d:20th November",
          "Lerwick Half Marathon", "helps look after his mam", "[[f:Erling S]]", "turns 6 on", "[[c:her mam passed]]",
          "King Harald Fairhair", "Ponies and pupils!", "Ann Cleeves on her new Shetland book", "better detective?"]:
    set_field(s, 2, 'p')
# more contact details, dobs, upns
sub("lives with her granny and grandad", "send the report to them at Gulberwick", "send the report to them at [[a:2 Leaside]], Gulberwick")
sub("[[n:Rama Al-Hassan]]'s new address", "new address with anyone", "new address ([[a:Flat 4, 19 Harbour Street]]) with anyone")
sub("Mam's new boyfriend", "the flat is tiny", "[[a:the flat above the chip shop in Sandwick]] is tiny")
sub("leave to remain came through", "New address is on SEEMiS.", "New address: [[a:6 Gibblestane Road]], Scalloway, [[a:ZE9 1TX]].")
sub("lorraine dot halcrow", "Every scone counts!", "or text [[p:07700 900 145]]. Every scone counts!")
sub("amgoudie@gmail.com", "before Sunday.", "before Sunday (or ring her on [[p:01632 960 593]]).")
sub("wilma.tulloch62", "by Friday please.", "by Friday please, or ring [[p:(01632) 960 319]].")
sub("Jeemie Isbister", "Highly recommended!", "or [[e:jeemie.isbister@btinternet.com]]. Highly recommended!")
sub("Maricel Reyes", "or just speak to her at the gate.", "or [[e:maricel_reyes85@yahoo.com]], or just speak to her at the gate.")
sub("Bertha Halcrow", "Ring [[p:0131 496 0572]]", "Ring [[p:0131 496 0572]] or email [[e:bertha.halcrow @ gmail . com]]")
sub("For the SQA forms please", "Mr Gray has the rest.", "[[n:Erin Laurenson]] – [[d:19/01/2010]]. Mr Gray has the rest.")
sub("NAFC Marine Centre", "got his unconditional", "(16 on [[d:the 30th of August]]) got his unconditional")
sub("on a 2-day exclusion", "Please log on SEEMiS.", "Please log on SEEMiS under {UPN:Liam Tait}.")
sub("Children's Hearing]] in Lerwick", "Mr Gray is going", "UPN for the paperwork: {UPN:Lowrie Pottinger}. Mr Gray is going")
sub("Early help referral done", "Thanks for flagging", "Her UPN for the referral form is [[u:E907-5042-22120]]. Thanks for flagging")
for f, parts in data:
    f.write_text('### '.join(parts))
