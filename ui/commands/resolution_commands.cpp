#include "ui/commands/resolution_commands.h"

namespace recon {

ManualMatchCommand::ManualMatchCommand(ResolutionContext *context, ManualMatchRequest request)
    : ResolutionCommand(context, std::move(request), QString())
{
    const int n = static_cast<int>(payload().left.size() + payload().right.size());
    setText(payload().reasonCode.isEmpty()
            ? tr("Match %n item(s)", nullptr, n)
            : tr("Match %n item(s) with reason %1", nullptr, n).arg(payload().reasonCode));
}

Resolved<ManualMatchDone> ManualMatchCommand::perform(
    ResolutionService &svc, const ManualMatchRequest &payload)
{
    return svc.manualMatch(payload);
}

ConfirmGroupsCommand::ConfirmGroupsCommand(ResolutionContext *context, QList<QUuid> groups)
    : ResolutionCommand(context, std::move(groups), QString())
{
    setText(tr("Confirm %n group(s)", nullptr, static_cast<int>(payload().size())));
}

Resolved<GroupsDone> ConfirmGroupsCommand::perform(
    ResolutionService &svc, const QList<QUuid> &payload)
{
    return svc.confirmGroups(payload);
}

RejectGroupsCommand::RejectGroupsCommand(ResolutionContext *context, QList<QUuid> groups)
    : ResolutionCommand(context, std::move(groups), QString())
{
    setText(tr("Reject %n group(s)", nullptr, static_cast<int>(payload().size())));
}

Resolved<GroupsDone> RejectGroupsCommand::perform(
    ResolutionService &svc, const QList<QUuid> &payload)
{
    return svc.rejectGroups(payload);
}

UnmatchCommand::UnmatchCommand(ResolutionContext *context, QUuid group)
    : ResolutionCommand(context, group, tr("Un-match group"))
{
}

Resolved<GroupsDone> UnmatchCommand::perform(ResolutionService &svc, const QUuid &payload)
{
    return svc.unmatch(payload);
}

SetReasonCodeCommand::SetReasonCodeCommand(ResolutionContext *context, ReasonCodePayload p)
    : ResolutionCommand(context, std::move(p), QString())
{
    setText(tr("Set reason %1 on %n item(s)", nullptr, static_cast<int>(payload().items.size()))
                .arg(payload().code));
}

Resolved<ItemsDone> SetReasonCodeCommand::perform(
    ResolutionService &svc, const ReasonCodePayload &payload)
{
    return svc.setReasonCode(payload.items, payload.code);
}

AddCommentCommand::AddCommentCommand(ResolutionContext *context, CommentPayload p)
    : ResolutionCommand(context, std::move(p), tr("Add comment"))
{
}

Resolved<CommentDone> AddCommentCommand::perform(
    ResolutionService &svc, const CommentPayload &payload)
{
    return svc.addComment(payload.target, payload.text);
}

MarkInvestigatedCommand::MarkInvestigatedCommand(ResolutionContext *context, QList<QUuid> items)
    : ResolutionCommand(context, std::move(items), QString())
{
    setText(tr("Mark %n item(s) investigated", nullptr, static_cast<int>(payload().size())));
}

Resolved<ItemsDone> MarkInvestigatedCommand::perform(
    ResolutionService &svc, const QList<QUuid> &payload)
{
    return svc.markInvestigated(payload);
}

} // namespace recon
