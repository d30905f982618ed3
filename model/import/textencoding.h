#pragma once

#include <QByteArray>
#include <QString>

namespace Peakend {

// Which encoding a text export is in. Survey tools write UTF-8 (often with a BOM) or UTF-16;
// Excel writes the system's legacy code page: GB18030/GBK in mainland China, Big5 in Taiwan
// and Hong Kong, windows-1252 in much of the rest of the world.
class TextEncoding
{
public:
    struct Detection
    {
        QString name;      // a name QStringDecoder accepts: "UTF-8", "UTF-16LE", "GB18030" …
        int bomLength = 0; // bytes to skip at the start
    };

    // Guesses from the first bytes of a file (64 KiB is plenty): a BOM decides; else valid
    // UTF-8 is UTF-8; else the legacy code page whose decoding reads most like real text.
    static Detection detect(const QByteArray &sample);

    // True when QStringDecoder knows the name.
    static bool isSupported(const QString &name);
};

} // namespace Peakend
