# Writes the EDI test fixtures (kept under src/test/resources/edi). Counts are computed so the good files are right.
import os
import os
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)

def message(ref, typ, body, count=None):
    segs = ["UNH+%s+%s" % (ref, typ)] + body
    n = len(segs) + 1 if count is None else count
    return segs + ["UNT+%d+%s" % (n, ref)]

def interchange(ref, syntax, messages, unz_count=None, una=None):
    segs = ([una] if una else []) + ["UNB+%s:3+8934563000004:14+8930000000001:14+261121:2300+%s" % (syntax, ref)]
    for m in messages:
        segs += m
    segs.append("UNZ+%d+%s" % (len(messages) if unz_count is None else unz_count, ref))
    return segs

def write(name, segs, enc='utf-8', term="'", sep=None):
    text = ''.join((s if s.startswith('UNA') else s + term) + '\n' for s in segs)
    if sep:
        text = sep(text)
    with open(os.path.join(out, name), 'wb') as f:
        f.write(text.encode(enc))

MF = ["NAD+MF+8934563000004::9++C?ông ty TNHH Th?ực phẩm Hương Biển+Số 12 đường Trần Hưng Đạo:Dương Đông+Phú Quốc+KG+920000+VN", "RFF+VA:0301234567"]

def pricat_lines(qual):
    return ["LIN+1++8934563123451:%s" % qual,
            "IMD+F+BRN+:::Hương Biển", "IMD+F++:::Nước mắm Phú Quốc 40 độ đạm", "IMD+F+DSC+:::Cá cơm?+muối?, ủ 12 tháng?'",
            "MEA+PD+AAA+MLT:500", "ALI+VN",
            "LIN+2++8934563123468:%s" % qual, "IMD+F++:::Trà xanh túi lọc Thái Nguyên", "MEA+PD+AAA+GRM:50", "ALI+VN"]

# PRICAT D.01B, UNOW (UTF-8): Vietnamese names, release characters ?+ ?' ?, ?: in texts, header manufacturer with tax code.
mf = [s.replace('C?ông', 'Công').replace('Th?ực', 'Thực') for s in MF]
write('pricat-d01b-unow-vietnamese-release-characters.edi',
      interchange('000201', 'UNOW', [message('1', 'PRICAT:D:01B:UN:EAN008', ["BGM+9+PC-2611-01+9", "DTM+137:20261121:102"] + mf + pricat_lines('SRV'))]))

# PRICAT D.96A declared UNOC but written in Windows-1258 (decomposed accents), as some Vietnamese ERPs do.
import unicodedata
def cp1258(text):
    # Windows-1258 has no precomposed form for most Vietnamese letters: the ERP writes base + combining tone mark
    out_chars = []
    for ch in unicodedata.normalize('NFD', text):
        out_chars.append(ch)
    s = ''.join(out_chars)
    # recompose what cp1258 can hold precomposed (â, ê, ô, ơ, ư, ă, đ ...), keep tone marks combining
    return s.encode('cp1258', errors='strict') if False else s
segs = interchange('000202', 'UNOC', [message('7', 'PRICAT:D:96A:UN:EAN008', ["BGM+9+PC-2611-02+9"] + mf + pricat_lines('EN'))])
def encode1258(text):
    res = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        try:
            res += ch.encode('cp1258')
        except UnicodeEncodeError:
            d = unicodedata.normalize('NFD', ch)
            base, marks = d[0], d[1:]
            # keep the vowel's own diacritic (circumflex, horn, breve) precomposed, the tone mark combining
            tone = [m for m in marks if m in '\u0300\u0301\u0303\u0309\u0323']
            rest = unicodedata.normalize('NFC', base + ''.join(m for m in marks if m not in tone))
            res += rest.encode('cp1258') + ''.join(tone).encode('cp1258')
    return bytes(res)
text = ''.join((s if s.startswith('UNA') else s + "'") + '\n' for s in segs)
open(os.path.join(out, 'pricat-d96a-unoc-written-in-windows-1258.edi'), 'wb').write(encode1258(text))

# DESADV D.96A with a custom UNA (element '*', decimal ',', release '!'): two messages, ship-from site, GIN+BX and GIR+3.
una = "UNA:*,! '"
def star(text):
    return text
d1 = ["BGM*351*DES-2611-001*9", "DTM*137:20261121:102", "NAD*SF*8934563000103::9", "NAD*BY*8930000000002::9", "CPS*1",
      "LIN*1**8934563123451:EN", "QTY*12:12000:PCE", "GIN*BX*L2609-15A", "GIN*BJ*389345630000000017", "DTM*94:20260915:102", "DTM*36:20280915:102",
      "LIN*2**8934563123468:EN", "QTY*12:4800,5", "GIR*3*TX261001!*B:BX", "DTM*94:20261001:102", "DTM*361:20271130:102"]
d2 = ["BGM*351*DES-2611-002*9", "NAD*SU*8934563000004::9", "CPS*1",
      "LIN*1**8934563123451:EN", "QTY*12:9000:PCE", "GIN*BX*L2610-02B", "DTM*94:20261002-20261004:718", "DTM*36:202810021200:203"]
def msg_star(ref, typ, body):
    segs = ["UNH*%s*%s" % (ref, typ)] + body
    return segs + ["UNT*%d*%s" % (len(segs) + 1, ref)]
segs = [una, "UNB*UNOC:3*8934563000004:14*8930000000001:14*261121:2300*000123"] + msg_star('1', 'DESADV:D:96A:UN:EAN005', d1) + msg_star('2', 'DESADV:D:96A:UN:EAN005', d2) + ["UNZ*2*000123"]
write('desadv-d96a-custom-una-two-messages.edi', segs)

# DESADV D.01B: two interchanges in one file, SRV item numbers.
def desadv01b(ref, lot, day):
    return message(ref, 'DESADV:D:01B:UN:EAN007', ["BGM+351+DES-%s+9" % lot, "NAD+SF+8934563000103::9", "CPS+1",
        "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+%s" % lot, "DTM+94:2026%s:102" % day, "DTM+36:2028%s:102" % day])
segs = interchange('000301', 'UNOC', [desadv01b('11', 'A1', '0901'), desadv01b('12', 'A2', '0902')]) + interchange('000302', 'UNOC', [desadv01b('21', 'B1', '0903')])
write('desadv-d01b-two-interchanges.edi', segs)

# Bad: the first message's UNT counts one segment too many; the second is sound.
segs = interchange('000401', 'UNOC', [message('1', 'DESADV:D:01B:UN:EAN007', desadv01b('x', 'C1', '0901')[1:-1], count=11), desadv01b('2', 'C2', '0902')])
write('desadv-unt-count-wrong-in-first-message.edi', segs)

# Bad: no UNZ after the last message.
segs = interchange('000402', 'UNOC', [desadv01b('1', 'D1', '0901')])[:-1]
write('desadv-missing-unz.edi', segs)

# Bad: the file breaks off inside the second message.
segs = interchange('000403', 'UNOC', [desadv01b('1', 'E1', '0901'), desadv01b('2', 'E2', '0902')])
write('desadv-truncated-in-second-message.edi', segs[:-5])

# An INVOIC between two DESADVs: skipped and reported.
inv = message('2', 'INVOIC:D:96A:UN:EAN008', ["BGM+380+INV-1+9", "DTM+137:20261121:102"])
segs = interchange('000404', 'UNOC', [desadv01b('1', 'F1', '0901'), inv, desadv01b('3', 'F3', '0903')])
write('desadv-with-unknown-invoic-between.edi', segs)

# A PRICAT line whose LIN GTIN has a wrong check digit; the other line is sound.
m = message('1', 'PRICAT:D:01B:UN:EAN008', ["BGM+9+PC-BAD+9"] + mf + ["LIN+1++8934563123452:SRV", "IMD+F++:::Sai số kiểm tra", "MEA+PD+AAA+GRM:50",
     "LIN+2++8934563123468:SRV", "IMD+F++:::Trà xanh", "MEA+PD+AAA+GRM:50"])
write('pricat-lin-gtin-with-wrong-check-digit.edi', interchange('000405', 'UNOW', [m]))

# A DESADV line with no batch number (no GIN+BX, no GIR+3); the next line has one.
m = message('1', 'DESADV:D:01B:UN:EAN007', ["BGM+351+DES-NB+9", "CPS+1", "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "DTM+36:20281231:102",
     "LIN+2++8934563123468:SRV", "QTY+12:50:PCE", "GIN+BX+G2"])
write('desadv-line-without-batch-number.edi', interchange('000406', 'UNOC', [m]))

# A DESADV line with a week date (format 616), which is not read.
m = message('1', 'DESADV:D:01B:UN:EAN007', ["BGM+351+DES-WK+9", "CPS+1", "LIN+1++8934563123451:SRV", "GIN+BX+H1", "DTM+36:202852:616"])
write('desadv-date-in-unsupported-format-616.edi', interchange('000407', 'UNOC', [m]))

# X12
def isa(ref, groups):
    return ["ISA*00*          *00*          *ZZ*8934563000004  *ZZ*8930000000001  *261121*2300*U*00401*%s*0*P*>" % ref] + groups + ["IEA*1*%s" % ref]
def gs(code, body_sets, ge_count=None):
    segs = ["GS*%s*8934563000004*8930000000001*20261121*2300*1*X*004010" % code]
    for s in body_sets:
        segs += s
    return segs + ["GE*%d*1" % (len(body_sets) if ge_count is None else ge_count)]
def st(typ, ref, body, count=None):
    segs = ["ST*%s*%s" % (typ, ref)] + body
    return segs + ["SE*%d*%s" % (len(segs) + 1 if count is None else count, ref)]
def writex(name, segs):
    open(os.path.join(out, name), 'wb').write(''.join(s + '~\n' for s in segs).encode('utf-8'))
c832 = ["BCT*PC*CAT-2611", "N1*MF*Huong Bien Foods Co*UL*8934563000004", "N3*12 Tran Hung Dao", "N4*Phu Quoc*KG*920000*VN",
        "LIN*1*EN*8934563123451*VN*X1", "PID*F*08***Fish sauce 40N", "PID*F*TRN***Huong Bien", "MEA*PD*VOL*500*ML",
        "LIN*2*UK*08934563123468", "PID*F*08***Green tea bags", "MEA*PD*N*50*GR"]
writex('x12-832-catalog-two-items.edi', isa('000000501', gs('SC', [st('832', '0001', c832)])))
s856 = ["BSN*00*SHP-2611*20261121*2300", "HL*1**S", "N1*SF*Huong Bien Plant*UL*8934563000103", "HL*2*1*O",
        "HL*3*2*I", "LIN**UK*08934563123451*LT*L2609-15A", "SN1**12000*EA", "DTM*405*20260915", "DTM*036*20280915",
        "HL*4*2*I", "LIN**EN*8934563123468*LT*TX261001", "SN1**4800*EA", "DTM*036*20271130",
        "CTT*2"]
writex('x12-856-ship-notice-two-items.edi', isa('000000502', gs('SH', [st('856', '0001', s856)])))
writex('x12-856-se-count-wrong.edi', isa('000000503', gs('SH', [st('856', '0001', s856, count=99)])))
