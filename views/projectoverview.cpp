#include "projectoverview.h"

#include "document/projectdocument.h"
#include "document/projectsummary.h"
#include "summaryhtml.h"

#include <QEvent>

namespace Peakend {

ProjectOverview::ProjectOverview(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    document()->setDocumentMargin(16);
}

void ProjectOverview::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ProjectOverview::refresh);
    refresh();
}

void ProjectOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

void ProjectOverview::refresh()
{
    if (!m_document) {
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(tr("No project is open. Create one with File → New, or look at a demo "
                            "with Help → Open Demo.")
                             .toHtmlEscaped()));
        return;
    }
    setHtml(SummaryHtml::render(ProjectSummary::load(m_document->repository())));
}

} // namespace Peakend
