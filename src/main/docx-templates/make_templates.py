#!/usr/bin/env python3
"""Builds the built-in DOCX templates (version 1 of each 执法文书) from the specs below, and version 2 of the four
approval sheets (<KIND>.v2.docx: version 1 plus the 法定要件核验 table, {{checks}} repeating its row). A built-in
version is never edited once shipped: a change is a new version.

Run from the repository root: python3 src/main/docx-templates/make_templates.py
The output goes to src/main/resources/documents/templates/<KIND>.docx and is committed. Merge fields are poi-tl
tags ({{name}}); each tag sits inside one run so that Word and poi-tl both read it. A bureau's ADMIN can download a
template, edit it in Word or WPS and upload it as a new version (the old versions are kept).
"""
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join("src", "main", "resources", "documents", "templates")

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FANGSONG}"/>
<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


def core(title):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>{escape(title)}</dc:title><dc:creator>StatEnforce</dc:creator></cp:coreProperties>"""


def run(text, font=None, size=None, bold=False):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:eastAsia="{font}" w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, align=None, indent=False, font=None, size=None, bold=False, spacing=None):
    ppr = ""
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if spacing:
        ppr += f'<w:spacing w:line="{spacing}" w:lineRule="auto"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, font, size, bold) if text else ''}</w:p>"


def cell(lines, width, span=1, size=24):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    body = "".join(para(l, spacing=360, size=size) for l in lines) or para("", spacing=360)
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def table(rows, widths):
    border = "".join(f'<w:{b} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{border}</w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for r in rows:
        cells = []
        col = 0
        for c in r:
            lines, span = (c if isinstance(c, tuple) else (c, 1))
            if isinstance(lines, str):
                lines = [lines]
            cells.append(cell(lines, sum(widths[col:col + span]), span))
            col += span
        out.append("<w:tr><w:trPr><w:trHeight w:val=\"600\"/></w:trPr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def render(blocks):
    body = []
    for b in blocks:
        kind = b[0]
        if kind == "org":
            body.append(para(b[1], align="center", font=XIAOBIAOSONG, size=44))
        elif kind == "title":
            body.append(para(b[1], align="center", font=XIAOBIAOSONG, size=44))
        elif kind == "number":
            body.append(para(b[1], align="right"))
        elif kind == "p":
            body.append(para(b[1], indent=True))
        elif kind == "line":
            body.append(para(b[1]))
        elif kind == "h":
            body.append(para(b[1], indent=True, font=HEITI))
        elif kind == "right":
            body.append(para(b[1], align="right"))
        elif kind == "blank":
            body.append(para(""))
        elif kind == "table":
            body.append(table(b[1], b[2]))
        elif kind == "small":
            body.append(para(b[1], size=24))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:body>{"".join(body)}{sect}</w:body></w:document>')


def write(name, title, blocks):
    path = os.path.join(OUT, name + ".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                        ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
                        ("docProps/core.xml", core(title)), ("word/document.xml", render(blocks))):
            info = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


W2 = [2400, 6600]
W4 = [1800, 2700, 1800, 2700]

PARTY_ROWS = [
    ["当事人", ("{{partyName}}", 3)],
    ["统一社会信用代码", "{{creditCode}}", "法定代表人（负责人）", "{{legalRepresentative}}"],
    ["地址", ("{{partyAddress}}", 3)],
]


def box(label, prefix):
    return [label, (["{{" + prefix + "Opinion}}", "签名：{{" + prefix + "Signer}}　　日期：{{" + prefix + "Date}}"], 3)]


SPECS = {
    "INSPECTION_NOTICE": ("统计执法检查通知书", [
        ("org", "{{bureauName}}"), ("title", "统计执法检查通知书"), ("number", "{{docNumber}}"),
        ("line", "{{partyName}}："),
        ("p", "根据《中华人民共和国统计法》第三十八条和《中华人民共和国统计法实施条例》的规定，本局决定于{{inspectionDateText}}对你单位{{inspectionScope}}进行统计执法检查。"),
        ("p", "请你单位做好以下准备：{{materials}}。届时请单位负责人和统计人员在场，如实提供有关资料，配合检查。"),
        ("p", "执法人员：{{inspectorsText}}。执法人员将出示统计执法证件。"),
        ("p", "联系人：{{contactName}}　　联系电话：{{contactPhone}}"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{issuedOnText}}"),
    ]),
    "INSPECTION_RECORD": ("统计执法检查现场笔录", [
        ("title", "统计执法检查现场笔录"), ("right", "案号：{{caseNumber}}"),
        ("table", [
            ["检查时间", ("　　年　　月　　日　　时　　分至　　时　　分", 3)],
            ["检查地点", ("{{partyAddress}}", 3)],
            ["被检查单位", ("{{partyName}}", 3)],
            ["统一社会信用代码", "{{creditCode}}", "法定代表人（负责人）", "{{legalRepresentative}}"],
            ["执法人员及执法证号", ("{{inspectorsText}}", 3)],
            ["记录人", "", "现场负责人", ""],
            ["检查情况", (["执法人员已向被检查单位出示统计执法证件，告知检查事项和当事人依法享有的权利。", "{{findings}}"], 3)],
            ["被检查单位意见", (["以上记录已阅，情况属实。", "签名：　　　　　　日期：　　年　　月　　日"], 3)],
            ["执法人员签名", ("", 3)],
        ], W4),
    ]),
    "INTERVIEW_RECORD": ("统计执法检查询问笔录", [
        ("title", "统计执法检查询问笔录"), ("right", "案号：{{caseNumber}}"),
        ("table", [
            ["询问时间", ("　　年　　月　　日　　时　　分至　　时　　分", 3)],
            ["询问地点", ("", 3)],
            ["被询问人", "", "工作单位及职务", "{{partyName}}"],
            ["身份证件号码", "", "联系电话", ""],
            ["询问人及执法证号", ("{{inspectorsText}}", 3)],
            ["记录人", ("", 3)],
        ], W4),
        ("p", "问：我们是{{bureauName}}的统计执法人员（出示统计执法证件），现依法就{{cause}}一事向你了解情况。你有如实回答询问、协助调查的义务，也有陈述、申辩和申请执法人员回避的权利。你是否申请回避？"),
        ("p", "答："),
        ("p", "问："),
        ("p", "答："),
        ("p", "被询问人：以上记录我已看过（或已向我宣读），与我所说一致，以上记录属实。"),
        ("right", "被询问人签名：　　　　　　　　年　　月　　日"),
        ("right", "询问人签名：　　　　　　　　　记录人签名："),
    ]),
    "FILING_APPROVAL": ("统计行政处罚立案审批表", [
        ("title", "统计行政处罚立案审批表"), ("right", "案号：{{caseNumber}}"),
        ("table", [
            ["案件来源", ("{{sourceLabel}}", 3)],
            ["案由", ("{{cause}}", 3)],
        ] + PARTY_ROWS + [
            ["简要案情及立案理由", ("{{findings}}", 3)],
            ["承办人", ("{{inspectorsText}}", 3)],
            box("承办人意见", "assessment"),
            box("负责人审批意见", "filing"),
            ["立案日期", ("{{filedOnText}}", 3)],
        ], W4),
    ]),
    "INVESTIGATION_REPORT": ("统计行政处罚案件调查终结报告", [
        ("title", "统计行政处罚案件调查终结报告"), ("right", "案号：{{caseNumber}}"),
        ("h", "一、当事人基本情况"),
        ("p", "当事人：{{partyName}}；统一社会信用代码：{{creditCode}}；法定代表人（负责人）：{{legalRepresentative}}；地址：{{partyAddress}}。"),
        ("h", "二、案件来源及调查经过"),
        ("p", "本案来源于{{sourceLabel}}，于{{filedOnText}}立案。调查人员：{{inspectorsText}}。"),
        ("h", "三、违法事实"),
        ("p", "{{facts}}"),
        ("h", "四、证据"),
        ("p", "{{evidenceList}}"),
        ("h", "五、案件性质、情节及法律依据"),
        ("p", "当事人的上述行为属于{{violatedArticles}}规定的违法行为。情节：{{circumstanceLabel}}。{{legalBasisSentence}}"),
        ("h", "六、调查终结意见"),
        ("p", "{{reportOpinion}}"),
        ("blank",), ("right", "调查人员：{{inspectorsNames}}"), ("right", "{{reportedOnText}}"),
    ]),
    "PRIOR_NOTICE": ("统计行政处罚事先告知书", [
        ("org", "{{bureauName}}"), ("title", "统计行政处罚事先告知书"), ("number", "{{docNumber}}"),
        ("line", "{{partyName}}："),
        ("p", "经查，你单位存在以下违法事实：{{facts}}"),
        ("p", "以上事实有下列证据证明：{{evidenceList}}"),
        ("p", "你单位的上述行为属于{{violatedArticles}}规定的违法行为。依据{{legalBasis}}的规定，本局拟对你单位作出如下行政处罚：{{proposedPenaltyText}}。"),
        ("p", "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。如需陈述、申辩，请在收到本告知书之日起{{statementDaysText}}个工作日内向本局提出；逾期未提出的，视为放弃上述权利。{{hearingRightText}}"),
        ("p", "联系地址：{{bureauName}}　　联系人：{{handlerName}}"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{issuedOnText}}"),
    ]),
    "HEARING_NOTICE": ("统计行政处罚听证通知书", [
        ("org", "{{bureauName}}"), ("title", "统计行政处罚听证通知书"), ("number", "{{docNumber}}"),
        ("line", "{{partyName}}："),
        ("p", "根据你单位的申请，本局定于{{hearingDateText}}在{{hearingPlace}}就{{cause}}一案举行听证，听证主持人为{{hearingChairName}}。"),
        ("p", "请你单位法定代表人（负责人）或者委托代理人（一至二人）按时参加，委托代理人参加的应当提交授权委托书。你单位有权申请主持人回避；听证依法公开举行，涉及国家秘密、商业秘密或者个人隐私的除外。"),
        ("p", "你单位无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局将终止听证。"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{issuedOnText}}"),
    ]),
    "LEGAL_REVIEW": ("统计行政处罚法制审核意见表", [
        ("title", "统计行政处罚法制审核意见表"), ("right", "案号：{{caseNumber}}"),
        ("table", [["案由", ("{{cause}}", 3)]] + PARTY_ROWS + [
            ["拟处理意见", ("{{proposedPenaltyText}}", 3)],
            ["审核事项", ("执法主体、管辖权限、案件事实、证据、程序、适用法律依据、裁量基准", 3)],
            box("法制审核意见", "legalReview"),
            ["审核结论", ("{{legalReviewConclusion}}", 3)],
        ], W4),
    ]),
    "COLLECTIVE_DISCUSSION": ("统计行政处罚案件集体讨论记录", [
        ("title", "统计行政处罚案件集体讨论记录"), ("right", "案号：{{caseNumber}}"),
        ("table", [
            ["讨论时间", ("{{discussionDate}}", 3)],
            ["主持人", ("{{discussionSigner}}", 3)],
            ["案由", ("{{cause}}", 3)],
            ["当事人", ("{{partyName}}", 3)],
            ["案情及拟处理意见", ("{{facts}}　拟处理意见：{{proposedPenaltyText}}", 3)],
            ["参加人员及讨论意见", ("{{discussionOpinion}}", 3)],
            ["出席人员签名", ("", 3)],
        ], W4),
    ]),
    "DECISION_APPROVAL": ("统计行政处罚决定审批表", [
        ("title", "统计行政处罚决定审批表"), ("right", "案号：{{caseNumber}}"),
        ("table", [["案由", ("{{cause}}", 3)]] + PARTY_ROWS + [
            ["违法事实", ("{{facts}}", 3)],
            ["法律依据", ("{{legalBasis}}", 3)],
            ["陈述申辩及听证情况", ("{{statementSummary}}", 3)],
            ["拟处理意见", ("{{proposedPenaltyText}}", 3)],
            box("承办人意见", "proposal"),
            box("法制审核意见", "legalReview"),
            box("负责人审批意见", "decisionApproval"),
        ], W4),
    ]),
    "PENALTY_DECISION": ("统计行政处罚决定书", [
        ("org", "{{bureauName}}"), ("title", "统计行政处罚决定书"), ("number", "{{docNumber}}"),
        ("line", "当事人：{{partyName}}"),
        ("line", "统一社会信用代码：{{creditCode}}"),
        ("line", "法定代表人（负责人）：{{legalRepresentative}}"),
        ("line", "地址：{{partyAddress}}"),
        ("p", "{{procedureSentence}}"),
        ("p", "经查，当事人存在以下违法事实：{{facts}}"),
        ("p", "以上事实有下列证据证明：{{evidenceList}}"),
        ("p", "{{noticeSentence}}"),
        ("p", "本局认为，当事人的上述行为属于{{violatedArticles}}规定的违法行为。依据{{legalBasis}}的规定，本局决定对当事人作出如下行政处罚：{{penaltyText}}。{{correctionText}}"),
        ("p", "{{paymentText}}"),
        ("p", "当事人如不服本决定，可以在收到本决定书之日起{{reviewDaysText}}日内向{{reviewBody}}申请行政复议，也可以在收到本决定书之日起{{litigationMonthsText}}个月内依法向人民法院提起行政诉讼。行政复议或者行政诉讼期间，本决定不停止执行。"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{decidedOnText}}"),
    ]),
    "CORRECTION_ORDER": ("责令改正通知书", [
        ("org", "{{bureauName}}"), ("title", "责令改正通知书"), ("number", "{{docNumber}}"),
        ("line", "{{partyName}}："),
        ("p", "经查，你单位存在以下违法行为：{{facts}}上述行为属于{{violatedArticles}}规定的违法行为。"),
        ("p", "根据《中华人民共和国行政处罚法》第二十八条的规定，现责令你单位于{{correctionDeadlineText}}前改正：{{correctionMeasure}}。"),
        ("p", "请你单位按期改正，并将改正情况书面报告本局。本局将对改正情况进行复查，逾期不改正的，依法处理。"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{issuedOnText}}"),
    ]),
    "SERVICE_RECEIPT": ("送达回证", [
        ("org", "{{bureauName}}"), ("title", "送达回证"),
        ("table", [
            ["送达文书名称及文号", ("《{{servedTitle}}》{{servedNumber}}", 3)],
            ["受送达人", ("{{partyName}}", 3)],
            ["送达地点", ("{{partyAddress}}", 3)],
            ["送达方式", ("直接送达□　留置送达□　邮寄送达□　委托送达□　公告送达□　电子送达□", 3)],
            ["受送达人签名或盖章", "", "签收日期", "　　年　　月　　日"],
            ["代收人及代收理由", ("", 3)],
            ["见证人签名（留置送达）", ("", 3)],
            ["送达人签名", ("{{inspectorsNames}}", 3)],
            ["备注", ("", 3)],
        ], W4),
        ("small", "注：受送达人拒绝签收的，送达人应当在本回证上注明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，也可以采用拍照、录像等方式记录送达过程（《中华人民共和国民事诉讼法》第八十九条）。"),
    ]),
    "CLOSING_APPROVAL": ("统计行政处罚结案审批表", [
        ("title", "统计行政处罚结案审批表"), ("right", "案号：{{caseNumber}}"),
        ("table", [["案由", ("{{cause}}", 3)]] + PARTY_ROWS + [
            ["立案日期", "{{filedOnText}}", "决定日期", "{{decidedOnText}}"],
            ["处理结果", ("{{outcomeText}}", 3)],
            ["执行情况", ("{{executionText}}", 3)],
            ["公示情况", ("{{publicationText}}", 3)],
            box("负责人审批意见", "closure"),
        ], W4),
    ]),
    "RECTIFICATION_NOTICE": ("整改通知书", [
        ("org", "{{bureauName}}"), ("title", "整改通知书"), ("number", "{{docNumber}}"),
        ("line", "{{partyName}}："),
        ("p", "根据{{sourceText}}，经查，“{{planTitle}}”（编号{{planNumber}}）存在以下问题，需要你单位整改："),
        ("p", "{{problemsText}}"),
        ("p", "请你单位按照以下措施和完成时限落实整改："),
        ("p", "{{measuresText}}"),
        ("p", "请于{{reportDueText}}前将整改情况书面报告本局，并附整改佐证材料。{{recheckText}}"),
        ("blank",), ("right", "{{bureauName}}（印章）"), ("right", "{{issuedOnText}}"),
    ]),
    "RECTIFICATION_REPORT": ("整改情况报告", [
        ("title", "整改情况报告"), ("right", "编号：{{planNumber}}"),
        ("table", [
            ["整改事项", ("{{planTitle}}", 3)],
            ["问题来源", ("{{sourceText}}", 3)],
            ["整改责任单位", ("{{partyName}}", 3)],
            ["第一责任人", "{{planLeaderName}}", "报告期限", "{{reportDueText}}"],
            ["整改状态", ("{{statusText}}", 3)],
        ], W4),
        ("line", "一、整改总体情况"), ("p", "{{reportContent}}"),
        ("line", "二、问题整改情况"), ("p", "{{problemsText}}"),
        ("line", "三、整改措施落实情况"), ("p", "{{measuresText}}"),
        ("line", "四、复查和长效机制"), ("p", "{{recheckText}}"), ("p", "{{mechanismsText}}"),
        ("blank",), ("right", "{{bureauName}}"), ("right", "{{issuedOnText}}"),
    ]),
    "DOSSIER_CONTENTS": ("卷内目录", [
        ("title", "卷内目录"), ("right", "案号：{{caseNumber}}"),
        ("line", "案由：{{cause}}　　当事人：{{partyName}}"),
        ("table", [["序号", "文书名称", "文号", "日期"], ["{{items}}", "", "", ""], ["[no]", "[title]", "[number]", "[date]"]],
         [900, 4300, 2300, 1500]),
        ("small", "生成时间：{{generatedAtText}}。本卷材料的 SHA-256 校验值见材料包内 MANIFEST.sha256。"),
    ]),
}

# 法定要件核验 as of the approval: each requirement the law sets for the step, its state and the reason or record
CHECKLIST = [
    ("h", "法定要件核验"),
    ("small", "{{checksNote}}"),
    # the loop tag sits in the header row (poi-tl repeats the row below it), so no empty row is left
    ("table", [["{{checks}}法定要件", "状态", "说明"], ["[requirement]", "[state]", "[detail]"]],
     [3400, 1200, 4400]),
]

VERSION_2 = {name: (SPECS[name][0], SPECS[name][1] + CHECKLIST)
             for name in ("FILING_APPROVAL", "LEGAL_REVIEW", "DECISION_APPROVAL", "CLOSING_APPROVAL")}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, (title, blocks) in SPECS.items():
        write(name, title, blocks)
        print(name)
    for name, (title, blocks) in VERSION_2.items():
        write(name + ".v2", title, blocks)
        print(name + ".v2")
