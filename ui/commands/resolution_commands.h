#pragma once
// One undo command per resolution operation (see ResolutionCommand for the protocol).

#include "ui/commands/resolution_command.h"

#include <QCoreApplication>

namespace recon {

struct ReasonCodePayload {
    QList<QUuid> items;
    QString code;
};

struct CommentPayload {
    QUuid target; // transaction or group
    QString text;
};

class ManualMatchCommand : public ResolutionCommand<ManualMatchRequest, ManualMatchDone> {
    Q_DECLARE_TR_FUNCTIONS(ManualMatchCommand)
public:
    ManualMatchCommand(ResolutionContext *context, ManualMatchRequest request);

protected:
    Resolved<ManualMatchDone> perform(
        ResolutionService &svc, const ManualMatchRequest &payload) override;
};

class ConfirmGroupsCommand : public ResolutionCommand<QList<QUuid>, GroupsDone> {
    Q_DECLARE_TR_FUNCTIONS(ConfirmGroupsCommand)
public:
    ConfirmGroupsCommand(ResolutionContext *context, QList<QUuid> groups);

protected:
    Resolved<GroupsDone> perform(ResolutionService &svc, const QList<QUuid> &payload) override;
};

class RejectGroupsCommand : public ResolutionCommand<QList<QUuid>, GroupsDone> {
    Q_DECLARE_TR_FUNCTIONS(RejectGroupsCommand)
public:
    RejectGroupsCommand(ResolutionContext *context, QList<QUuid> groups);

protected:
    Resolved<GroupsDone> perform(ResolutionService &svc, const QList<QUuid> &payload) override;
};

class UnmatchCommand : public ResolutionCommand<QUuid, GroupsDone> {
    Q_DECLARE_TR_FUNCTIONS(UnmatchCommand)
public:
    UnmatchCommand(ResolutionContext *context, QUuid group);

protected:
    Resolved<GroupsDone> perform(ResolutionService &svc, const QUuid &payload) override;
};

class SetReasonCodeCommand : public ResolutionCommand<ReasonCodePayload, ItemsDone> {
    Q_DECLARE_TR_FUNCTIONS(SetReasonCodeCommand)
public:
    SetReasonCodeCommand(ResolutionContext *context, ReasonCodePayload payload);

protected:
    Resolved<ItemsDone> perform(ResolutionService &svc, const ReasonCodePayload &payload) override;
};

class AddCommentCommand : public ResolutionCommand<CommentPayload, CommentDone> {
    Q_DECLARE_TR_FUNCTIONS(AddCommentCommand)
public:
    AddCommentCommand(ResolutionContext *context, CommentPayload payload);

protected:
    Resolved<CommentDone> perform(ResolutionService &svc, const CommentPayload &payload) override;
};

class MarkInvestigatedCommand : public ResolutionCommand<QList<QUuid>, ItemsDone> {
    Q_DECLARE_TR_FUNCTIONS(MarkInvestigatedCommand)
public:
    MarkInvestigatedCommand(ResolutionContext *context, QList<QUuid> items);

protected:
    Resolved<ItemsDone> perform(ResolutionService &svc, const QList<QUuid> &payload) override;
};

} // namespace recon
