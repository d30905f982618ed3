#include "pdftextlayer.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace Peakend {

namespace {

bool isRadical(uint code)
{
    return code >= 0x2E80 && code <= 0x2FDF;
}

// The font a PDF names by its PostScript name ("NotoSansCJKsc-Bold"): the installed family
// whose name without spaces is the part before the hyphen, in the weight after it.
QRawFont fontNamed(const QString &postScriptName)
{
    const qsizetype hyphen = postScriptName.indexOf(QLatin1Char('-'));
    const QString base = postScriptName.left(hyphen);
    const QString style = hyphen < 0 ? QString() : postScriptName.mid(hyphen + 1);
    for (const QString &family : QFontDatabase::families()) {
        if (QString(family).remove(QLatin1Char(' ')).compare(base, Qt::CaseInsensitive) != 0)
            continue;
        QFont font(family);
        font.setBold(style.contains(QLatin1String("Bold"), Qt::CaseInsensitive));
        font.setItalic(style.contains(QLatin1String("Italic"), Qt::CaseInsensitive)
                       || style.contains(QLatin1String("Oblique"), Qt::CaseInsensitive));
        return QRawFont::fromFont(font);
    }
    return QRawFont();
}

// Radical → the lowest CJK ideograph (extension A or the unified block) with its glyph.
QHash<uint, uint> ideographsFor(const QRawFont &font)
{
    QHash<uint, uint> result;
    if (!font.isValid())
        return result;
    QString ideographs;
    for (uint code = 0x3400; code <= 0x9FFF; ++code) {
        if (code <= 0x4DBF || code >= 0x4E00)
            ideographs.append(QChar(char16_t(code)));
    }
    const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
    QHash<quint32, uint> byGlyph;
    for (qsizetype i = glyphs.size() - 1; i >= 0; --i) {
        if (glyphs.at(i) != 0)
            byGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
    }
    for (uint radical = 0x2E80; radical <= 0x2FDF; ++radical) {
        const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(char16_t(radical))));
        if (!glyph.isEmpty() && glyph.first() != 0 && byGlyph.contains(glyph.first()))
            result.insert(radical, byGlyph.value(glyph.first()));
    }
    return result;
}

// Rewrites the destination code points of one ToUnicode CMap in place: the targets in a
// bfrange's array, a one-code bfrange's target, and a bfchar's target.
void repairMap(char *begin, char *end, const QHash<uint, uint> &ideographs)
{
    enum class Section { None, Range, Char } section = Section::None;
    char *line = begin;
    while (line < end) {
        char *lineEnd = std::find(line, end, '\n');
        const QByteArray text = QByteArray::fromRawData(line, lineEnd - line).trimmed();
        if (text.endsWith("beginbfrange"))
            section = Section::Range;
        else if (text.endsWith("beginbfchar"))
            section = Section::Char;
        else if (text.startsWith("end"))
            section = Section::None;
        else if (section != Section::None) {
            // The offsets of the line's 4-digit hex codes.
            QList<char *> codes;
            for (char *at = line; at + 5 < lineEnd; ++at) {
                if (at[0] == '<' && at[5] == '>')
                    codes.append(at + 1);
            }
            const bool array = text.contains('[');
            const bool single = codes.size() == 3 && std::equal(codes[0], codes[0] + 4, codes[1]);
            const qsizetype first
                = section == Section::Char ? 1 : (array || single ? 2 : codes.size());
            for (qsizetype c = first; c < codes.size(); ++c) {
                bool ok = false;
                const uint code = QByteArray(codes.at(c), 4).toUInt(&ok, 16);
                if (ok && isRadical(code) && ideographs.contains(code)) {
                    const QByteArray hex = QByteArray::number(ideographs.value(code), 16)
                                               .toUpper()
                                               .rightJustified(4, '0');
                    std::copy(hex.cbegin(), hex.cend(), codes.at(c));
                }
            }
        }
        line = lineEnd + 1;
    }
}

} // namespace

QByteArray PdfTextLayer::repaired(const QByteArray &pdf)
{
    QByteArray result = pdf;
    static const QRegularExpression fontDictionary(
        QStringLiteral("/BaseFont\\s*/([A-Za-z0-9+_.-]+)[^>]*?/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    const QString text = QString::fromLatin1(pdf);
    QHash<QString, QHash<uint, uint>> mapsByFont;
    QRegularExpressionMatchIterator fonts = fontDictionary.globalMatch(text);
    while (fonts.hasNext()) {
        const QRegularExpressionMatch match = fonts.next();
        const QByteArray object = match.captured(2).toLatin1() + " 0 obj";
        qsizetype at = 0;
        // The object itself, not a reference that ends in the same digits.
        while ((at = result.indexOf(object, at)) > 0 && result.at(at - 1) != '\n')
            at += object.size();
        if (at < 0)
            continue;
        const qsizetype streamStart = result.indexOf("stream", at);
        const qsizetype streamEnd = result.indexOf("endstream", streamStart);
        if (streamStart < 0 || streamEnd < 0
            || !result.mid(streamStart, streamEnd - streamStart).contains("/CIDInit")) {
            continue; // compressed or not a CMap: left as it is
        }
        const QString name = match.captured(1);
        if (!mapsByFont.contains(name))
            mapsByFont.insert(name, ideographsFor(fontNamed(name)));
        if (!mapsByFont.value(name).isEmpty())
            repairMap(result.data() + streamStart, result.data() + streamEnd,
                      mapsByFont.value(name));
    }
    return result;
}

} // namespace Peakend
