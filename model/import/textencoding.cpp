#include "textencoding.h"

#include <QStringDecoder>

namespace Peakend {

namespace {

// Very frequent characters in survey answers, simplified and traditional (的 一 是 不 满意 …):
// a wrong CJK code page turns them into rare characters.
const char16_t frequent[] = u"的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出"
                            u"道也时時年得就那要下以生会會自着著去之过過家学學对對可里裡后後小么麼"
                            u"心多天而能好都然没沒日于於起还還发發成事只作当當想看文无無开開手十用"
                            u"主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長满滿意非常般"
                            u"服务務价價格品质質产產商户戶客";

int score(const QString &text)
{
    int hits = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        for (const char16_t f : frequent) {
            if (c.unicode() == f) {
                ++hits;
                break;
            }
        }
    }
    return hits;
}

bool decodesCleanly(const QByteArray &bytes, const char *name, QString *text = nullptr)
{
    // A multi-byte character cut at the end of the sample is not an error: try without the
    // last one to three bytes too.
    for (int cut = 0; cut <= 3 && cut < bytes.size(); ++cut) {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(QByteArrayView(bytes).first(bytes.size() - cut));
        if (!decoder.hasError()) {
            if (text)
                *text = decoded;
            return true;
        }
    }
    return false;
}

} // namespace

TextEncoding::Detection TextEncoding::detect(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3};
    if (sample.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2};
    if (sample.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2};
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    if (sample.size() >= 4 && sample.at(1) == '\0' && sample.at(3) == '\0')
        return {QStringLiteral("UTF-16LE"), 0};
    if (sample.size() >= 4 && sample.at(0) == '\0' && sample.at(2) == '\0')
        return {QStringLiteral("UTF-16BE"), 0};
    if (decodesCleanly(sample, "UTF-8"))
        return {QStringLiteral("UTF-8"), 0};
    QString gb;
    QString big5;
    const bool gbClean = decodesCleanly(sample, "GB18030", &gb);
    const bool big5Clean = decodesCleanly(sample, "Big5", &big5);
    const int gbScore = gbClean ? score(gb) : -1;
    const int big5Score = big5Clean ? score(big5) : -1;
    if (big5Score > gbScore && big5Score > 0)
        return {QStringLiteral("Big5"), 0};
    if (gbScore > 0)
        return {QStringLiteral("GB18030"), 0};
    return {QStringLiteral("windows-1252"), 0};
}

bool TextEncoding::isSupported(const QString &name)
{
    return QStringDecoder(name.toLatin1().constData()).isValid();
}

} // namespace Peakend
