#include "demoproject.h"

#include "b2bdemo.h"
#include "meisudemo.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"

#include <QFile>

namespace Peakend {

std::optional<DemoProject::Kind> DemoProject::fromName(const QString &name)
{
    if (name == QLatin1String("meisu"))
        return Kind::Meisu;
    if (name == QLatin1String("b2b"))
        return Kind::B2b;
    return std::nullopt;
}

QString DemoProject::name(Kind kind)
{
    return kind == Kind::Meisu ? QStringLiteral("meisu") : QStringLiteral("b2b");
}

QString DemoProject::title(Kind kind)
{
    return kind == Kind::Meisu ? tr("Meisu Electronics (seven-step workshop)")
                               : tr("B2B IT purchasing (synthetic survey)");
}

QString DemoProject::fileName(Kind kind)
{
    return kind == Kind::Meisu ? QStringLiteral("meisu-electronics.peakend")
                               : QStringLiteral("b2b-it-purchasing.peakend");
}

StoreError DemoProject::create(Kind kind, const QString &path)
{
    StoreError error;
    auto store = ProjectStore::create(path, QString(), &error);
    if (!store)
        return error;
    QString failure;
    {
        ProjectRepository repository(*store);
        const bool written = repository.transaction([&] {
            return kind == Kind::Meisu ? MeisuDemo::write(repository) : B2bDemo::write(repository);
        });
        if (!written)
            failure = repository.lastError();
    }
    if (failure.isEmpty())
        return StoreError::ok();
    store.reset(); // closes the file and releases its lock
    QFile::remove(path);
    return StoreError::make(StoreError::Kind::Sql,
                            tr("The demo project could not be written: %1").arg(failure));
}

} // namespace Peakend
