#pragma once

#include <QString>
#include <QStringView>

namespace Peakend {

// Characters that change how the text around them shows without being seen: controls,
// bidirectional overrides and isolates (a name holding U+202E would read as another name) and
// zero-width ones. Names with them are refused where they enter (the catalogue, an import)
// and a file holding them is refused on opening.
struct HiddenCharacters
{
    static bool isHidden(char16_t c)
    {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f)
               || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064)
               || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
    }

    // The first such character's position in text, or -1.
    static qsizetype find(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (isHidden(text.at(i).unicode()))
                return i;
        }
        return -1;
    }

    // "202E" for U+202E.
    static QString codePoint(QChar c)
    {
        return QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }

    // The SQL GLOB pattern that matches a text holding one of them (NUL aside: SQLite text
    // ends there).
    static QString globPattern()
    {
        QString set;
        for (char16_t c = 1; c < 0xffff; ++c) {
            if (isHidden(c))
                set.append(QChar(c));
        }
        return QStringLiteral("*[") + set + QStringLiteral("]*");
    }
};

} // namespace Peakend
