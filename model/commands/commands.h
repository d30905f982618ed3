#pragma once

// Undo commands: every change to a project is one of these, pushed on the document's
// QUndoStack (DESIGN.md §3: view → command → model → signal → views).
//
// Ownership and identity rule, for every command in this folder:
// - A command holds ids and plain values, never pointers into the store, so it stays valid
//   across Save As and across other commands that reload data.
// - A command that removes rows keeps a full copy of them (with their ids) and re-inserts
//   them with the same ids on undo, so later commands that name those ids still apply.
// - A command that adds rows remembers the ids SQLite gave them on the first redo and reuses
//   them on every later redo.
// - Each redo()/undo() is one SQLite transaction, committed at once. If it fails, the
//   command reports the error through ProjectDocument::reportError, marks itself obsolete
//   and leaves the data as it was.
// - Command texts are translated in the "Undo" context (QCoreApplication::translate).

#include <QCoreApplication>

namespace Peakend {

// Ids for QUndoCommand::id(), so mergeWith() only sees its own kind.
enum class CommandId { ChangeValue = 1, SetWorkshopRating, SetKpiValue };

} // namespace Peakend
