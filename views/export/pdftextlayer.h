#pragma once

#include <QByteArray>

namespace Peakend {

// Makes the text of a PDF that Qt wrote searchable and copyable as written. Qt's ToUnicode
// maps give each glyph the lowest code point the font maps to it, and CJK fonts such as Noto
// Sans CJK draw a Kangxi radical (U+2F00…) or a CJK radical supplement (U+2E80…) with the same
// glyph as the ideograph: pdftotext then reads "⼦" for "子". Each such radical in a font's
// ToUnicode map is replaced by the lowest ideograph that the same font draws with the same
// glyph. The replacement has the same length, so the file's offsets stay valid.
class PdfTextLayer
{
public:
    static QByteArray repaired(const QByteArray &pdf);
};

} // namespace Peakend
