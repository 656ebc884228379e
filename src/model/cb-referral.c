/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-referral"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-referral.h"

/* A referral, FORMS.md §7: the reasons for referral and the ways of
 * communicating it of seeds/000 Track 8, and seeds/004's rule that a
 * referral is made only with the client's documented approval. */

struct _CbReferral
{
  CbDocument        parent_instance;

  /* The last status that kept the approval rule, to put back an edit
   * that broke it (see field_changed). */
  CbReferralStatus  kept_status;
};

G_DEFINE_FINAL_TYPE (CbReferral, cb_referral, CB_TYPE_DOCUMENT)

G_DEFINE_QUARK (cb-referral-error-quark, cb_referral_error)

enum {
  FIELD_DATE,
  FIELD_TO_NAME,
  FIELD_TO_ORGANISATION,
  FIELD_TO_CONTACT,
  FIELD_REASON,
  FIELD_REASON_NOTES,
  FIELD_APPROVAL_DATE,
  FIELD_APPROVAL_HOW,
  FIELD_COMMUNICATED_BY,
  FIELD_WRITTEN_RECORD_SENT,
  FIELD_STATUS,
  FIELD_SENT_DATE,
  FIELD_OUTCOME,
  FIELD_OUTCOME_DATE,
  FIELD_PRIVATE_NOTES,
  N_FIELDS
};

static const CbFieldGroup groups[] = {
  { "referral", N_("Referral"), NULL, NULL },
  { "to", N_("Referred To"), N_("The person or organisation the client is referred to"), NULL },
  { "reason", N_("Reason for Referral"), NULL, NULL },
  { "approval", N_("Client’s Approval"), N_("A referral is made only with the client’s documented approval"), NULL },
  { "communication", N_("How It Was Communicated"), N_("Introduce the client and explain the reason for the referral; it is a good idea to send a written record of the reasons and the circumstances"), NULL },
  { "outcome", N_("Outcome"), NULL, NULL },
  { "private", N_("Private Notes"), N_("Your own notes, never printed unless you ask"), NULL },
};

#define NONE CB_FIELD_FLAG_NONE
#define SEARCH CB_FIELD_FLAG_SEARCH

static const CbFieldSpec fields[] = {
  [FIELD_DATE] = { "date", CB_FIELD_DATE, N_("Date"), NULL, "referral", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  [FIELD_TO_NAME] = { "to_name", CB_FIELD_LINE, N_("Name"), NULL, "to", NULL, 0, SEARCH },
  [FIELD_TO_ORGANISATION] = { "to_organisation", CB_FIELD_LINE, N_("Organisation"), NULL, "to", NULL, 0, SEARCH },
  [FIELD_TO_CONTACT] = { "to_contact", CB_FIELD_LINE, N_("Contact"), N_("Telephone, e-mail or address"), "to", NULL, 0, NONE },
  [FIELD_REASON] = { "reason", CB_FIELD_CHOICE, N_("Reason"), NULL, "reason", cb_referral_reason_get_type, 0, NONE },
  [FIELD_REASON_NOTES] = { "reason_notes", CB_FIELD_TEXT, N_("Reason in Detail"), N_("Why this referral, and what the client hopes to get from it"), "reason", NULL, 0, NONE },
  [FIELD_APPROVAL_DATE] = { "approval_date", CB_FIELD_DATE, N_("Date the Client Agreed"), NULL, "approval", NULL, 0, NONE },
  [FIELD_APPROVAL_HOW] = { "approval_how", CB_FIELD_TEXT, N_("How the Approval Was Documented"), N_("For example: signed note in the meeting record, e-mail from the client"), "approval", NULL, 0, NONE },
  [FIELD_COMMUNICATED_BY] = { "communicated_by", CB_FIELD_CHOICE, N_("Communicated By"), NULL, "communication", cb_referral_method_get_type, 0, NONE },
  [FIELD_WRITTEN_RECORD_SENT] = { "written_record_sent", CB_FIELD_BOOLEAN, N_("Written Record Sent"), N_("A written record of the reasons and the circumstances of the referral"), "communication", NULL, 0, NONE },
  [FIELD_STATUS] = { "status", CB_FIELD_CHOICE, N_("Status"), N_("A referral can be marked sent only once the client’s approval is recorded"), "communication", cb_referral_status_get_type, 0, NONE },
  [FIELD_SENT_DATE] = { "sent_date", CB_FIELD_DATE, N_("Date Sent"), NULL, "communication", NULL, 0, NONE },
  [FIELD_OUTCOME] = { "outcome", CB_FIELD_TEXT, N_("Outcome"), NULL, "outcome", NULL, 0, NONE },
  [FIELD_OUTCOME_DATE] = { "outcome_date", CB_FIELD_DATE, N_("Date of Outcome"), NULL, "outcome", NULL, 0, NONE },
  [FIELD_PRIVATE_NOTES] = { "private_notes", CB_FIELD_TEXT, N_("Private Notes"), N_("Your own notes on this referral, never printed unless you ask"), "private", NULL, 0, CB_FIELD_FLAG_PRIVATE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == N_FIELDS);

static const char *
blank_or (const char *text,
          gboolean    blank)
{
  return blank || text == NULL || *text == '\0' ? NULL : text;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Whether @text holds more than white space. */
static gboolean
has_words (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
approval_recorded (CbReferral *self)
{
  return is_set (cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_DATE)) &&
         has_words (cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_HOW));
}

/* The approval rule: sent and closed referrals have the client's approval. */
static gboolean
status_allowed (CbReferral       *self,
                CbReferralStatus  status)
{
  return status == CB_REFERRAL_STATUS_DRAFT || approval_recorded (self);
}

static gboolean
check_editable (CbReferral  *self,
                GError     **error)
{
  if (cb_record_get_editable (CB_RECORD (self)) && !cb_document_get_read_only (CB_DOCUMENT (self)))
    return TRUE;

  g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_READ_ONLY,
                       _("This referral was written by a newer version of Coachbook and can only be read here. Update Coachbook to change it."));
  return FALSE;
}

static void
set_no_approval_error (GError **error)
{
  g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL,
                       _("Record the client’s approval first: the date they agreed and how it was documented. A referral is made only with the client’s documented approval."));
}

/* @date, or today when NULL; NULL (and @error set) when not a date. */
static char *
dup_date_or_today (const char  *date,
                   GError     **error)
{
  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      return g_date_time_format (now, "%Y-%m-%d");
    }

  if (!cb_date_is_valid_iso (date))
    {
      g_set_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_INVALID_DATE,
                   /* Translators: %s is what was given instead of a date */
                   _("“%s” is not a date. Give the date as year, month and day, for example 2026-03-09."),
                   date);
      return NULL;
    }

  return g_strdup (date);
}

static void
add_date_field (CbReferral *self,
                CbForm     *form,
                guint       index,
                const char *label,
                gboolean    blank)
{
  g_autofree char *shown = blank ? NULL : cb_format_date (cb_record_get_string_at (CB_RECORD (self), index));

  cb_form_add_field (form, label, shown);
}

static void
add_choice (CbReferral *self,
            CbForm     *form,
            guint       index,
            GType       type,
            const char *label,
            gboolean    blank)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  int value = cb_record_get_enum_at (CB_RECORD (self), index);
  guint64 checked = 0;

  for (guint i = 0; i < klass->n_values && i < 64; i++)
    {
      g_strv_builder_add (builder, cb_enum_get_label (type, klass->values[i].value));
      if (!blank && klass->values[i].value == value)
        checked |= G_GUINT64_CONSTANT (1) << i;
    }

  choices = g_strv_builder_end (builder);
  cb_form_add_checklist (form, label, (const char * const *) choices, checked);
}

static CbForm *
cb_referral_describe_form (CbDocument          *document,
                           const CbFormContext *context)
{
  CbReferral *self = CB_REFERRAL (document);
  gboolean blank = context->blank;
  CbForm *form;

  form = cb_document_begin_form (document, _("Referral"), context);

  add_date_field (self, form, FIELD_DATE, _("Date"), blank);

  cb_form_add_heading (form, _("Referred to"));
  cb_form_add_field (form, _("Name"), blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_TO_NAME), blank));
  cb_form_add_field (form, _("Organisation"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_TO_ORGANISATION), blank));
  cb_form_add_field (form, _("Contact"),
                     blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_TO_CONTACT), blank));

  cb_form_add_heading (form, _("Reason for referral"));
  add_choice (self, form, FIELD_REASON, CB_TYPE_REFERRAL_REASON, _("Reason"), blank);
  cb_form_add_text (form, _("Reason in detail"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_REASON_NOTES), blank), 3);

  cb_form_add_heading (form, _("Client’s approval"));
  add_date_field (self, form, FIELD_APPROVAL_DATE, _("Date the client agreed"), blank);
  cb_form_add_text (form, _("How the approval was documented"),
                    blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_HOW), blank), 2);

  cb_form_add_heading (form, _("How it was communicated"));
  add_choice (self, form, FIELD_COMMUNICATED_BY, CB_TYPE_REFERRAL_METHOD, _("Communicated by"), blank);
  {
    const char *choices[] = { _("Yes"), _("No"), NULL };
    gboolean sent = cb_record_get_boolean (CB_RECORD (self), "written_record_sent");

    cb_form_add_checklist (form, _("Written record of the reasons and circumstances sent"), choices,
                           blank ? 0 : (sent ? 1 : 2));
  }
  add_date_field (self, form, FIELD_SENT_DATE, _("Date sent"), blank);

  cb_form_add_heading (form, _("Outcome"));
  cb_form_add_text (form, _("Outcome"), blank_or (cb_record_get_string_at (CB_RECORD (self), FIELD_OUTCOME), blank), 4);
  add_date_field (self, form, FIELD_OUTCOME_DATE, _("Date of outcome"), blank);

  if (context->include_private && !blank && *cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES) != '\0')
    {
      cb_form_add_heading (form, _("Private notes"));
      cb_form_add_text (form, _("Private notes"), cb_record_get_string_at (CB_RECORD (self), FIELD_PRIVATE_NOTES), 4);
    }

  return form;
}

static char *
cb_referral_dup_title (CbDocument *document)
{
  return cb_referral_dup_to_display (CB_REFERRAL (document));
}

/* An edit through the generic cb_record_set_value() cannot be refused
 * before it happens: one that breaks the approval rule is put back. */
static void
cb_referral_field_changed (CbRecord   *record,
                           GParamSpec *pspec)
{
  CbReferral *self = CB_REFERRAL (record);

  CB_RECORD_CLASS (cb_referral_parent_class)->field_changed (record, pspec);

  if (pspec == cb_record_get_field_pspec (record, FIELD_STATUS))
    {
      CbReferralStatus status = cb_record_get_enum_at (record, FIELD_STATUS);

      if (status_allowed (self, status))
        self->kept_status = status;
      else
        {
          g_debug ("Referral %s: status %d refused without the client's approval",
                   cb_document_get_id (CB_DOCUMENT (self)), status);
          cb_record_set_enum_at (CB_RECORD (self), FIELD_STATUS,
                                 status_allowed (self, self->kept_status) ? self->kept_status : CB_REFERRAL_STATUS_DRAFT);
        }
    }
}

/* The property setter keeps the approval rule: "status" set to sent or
 * closed without approval is refused, and notified so that a view bound
 * to it shows the kept value again. */
static void
cb_referral_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CbReferral *self = CB_REFERRAL (object);

  if (pspec == cb_record_get_field_pspec (CB_RECORD (self), FIELD_STATUS) &&
      !status_allowed (self, g_value_get_enum (value)))
    {
      g_debug ("Referral %s: status refused without the client's approval",
               cb_document_get_id (CB_DOCUMENT (self)));
      g_object_notify_by_pspec (object, pspec);
      return;
    }

  G_OBJECT_CLASS (cb_referral_parent_class)->set_property (object, prop_id, value, pspec);
}

static void
cb_referral_class_init (CbReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CbDocumentClass *document_class = CB_DOCUMENT_CLASS (klass);
  CbRecordClass *record_class = CB_RECORD_CLASS (klass);

  object_class->set_property = cb_referral_set_property;

  document_class->type_name = "coachbook.referral";
  document_class->current_version = 1;
  document_class->file_name = NULL;
  document_class->folder = "referrals";
  document_class->date_field = "date";
  document_class->owners = CB_DOCUMENT_OWNER_CLIENT;
  document_class->view_title = N_("Re_ferrals");
  document_class->icon_name = "mail-send-symbolic";
  document_class->help_page = "referrals";
  document_class->form_title = N_("Referral");
  document_class->dup_title = cb_referral_dup_title;
  document_class->describe_form = cb_referral_describe_form;

  record_class->field_changed = cb_referral_field_changed;

  cb_record_class_install_fields (record_class,
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_referral_init (CbReferral *self)
{
  self->kept_status = CB_REFERRAL_STATUS_DRAFT;
}

CbReferral *
cb_referral_new (void)
{
  return g_object_new (CB_TYPE_REFERRAL, NULL);
}

const char *
cb_referral_get_date (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_DATE);
}

void
cb_referral_set_date (CbReferral *self,
                      const char *date)
{
  g_return_if_fail (CB_IS_REFERRAL (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_DATE, date);
}

const char *
cb_referral_get_to_name (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TO_NAME);
}

void
cb_referral_set_to_name (CbReferral *self,
                         const char *name)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TO_NAME, name);
}

const char *
cb_referral_get_to_organisation (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TO_ORGANISATION);
}

void
cb_referral_set_to_organisation (CbReferral *self,
                                 const char *organisation)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TO_ORGANISATION, organisation);
}

const char *
cb_referral_get_to_contact (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_TO_CONTACT);
}

void
cb_referral_set_to_contact (CbReferral *self,
                            const char *contact)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_TO_CONTACT, contact);
}

CbReferralReason
cb_referral_get_reason (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), CB_REFERRAL_REASON_OTHER);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_REASON);
}

void
cb_referral_set_reason (CbReferral       *self,
                        CbReferralReason  reason)
{
  g_return_if_fail (CB_IS_REFERRAL (self));
  g_return_if_fail (reason <= CB_REFERRAL_REASON_OTHER);

  cb_record_set_enum_at (CB_RECORD (self), FIELD_REASON, reason);
}

const char *
cb_referral_get_reason_notes (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_REASON_NOTES);
}

void
cb_referral_set_reason_notes (CbReferral *self,
                              const char *notes)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_REASON_NOTES, notes);
}

CbReferralMethod
cb_referral_get_communicated_by (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), CB_REFERRAL_METHOD_LETTER);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_COMMUNICATED_BY);
}

void
cb_referral_set_communicated_by (CbReferral       *self,
                                 CbReferralMethod  method)
{
  g_return_if_fail (CB_IS_REFERRAL (self));
  g_return_if_fail (method <= CB_REFERRAL_METHOD_EMAIL);

  cb_record_set_enum_at (CB_RECORD (self), FIELD_COMMUNICATED_BY, method);
}

gboolean
cb_referral_get_written_record_sent (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), FALSE);

  return cb_record_get_boolean (CB_RECORD (self), "written_record_sent");
}

void
cb_referral_set_written_record_sent (CbReferral *self,
                                     gboolean    sent)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CB_IS_REFERRAL (self));

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !!sent);
  cb_record_set_value (CB_RECORD (self), FIELD_WRITTEN_RECORD_SENT, &value);
}

const char *
cb_referral_get_approval_date (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_DATE);
}

void
cb_referral_set_approval_date (CbReferral *self,
                               const char *date)
{
  g_return_if_fail (CB_IS_REFERRAL (self));
  g_return_if_fail (date == NULL || *date == '\0' || cb_date_is_valid_iso (date));

  cb_record_set_string_at (CB_RECORD (self), FIELD_APPROVAL_DATE, date);
}

const char *
cb_referral_get_approval_how (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_HOW);
}

void
cb_referral_set_approval_how (CbReferral *self,
                              const char *how)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_APPROVAL_HOW, how);
}

gboolean
cb_referral_record_approval (CbReferral  *self,
                             const char  *date,
                             const char  *how,
                             GError     **error)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_editable (self, error))
    return FALSE;

  if (date == NULL || !cb_date_is_valid_iso (date))
    {
      g_set_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_INVALID_DATE,
                   /* Translators: %s is what was given instead of a date */
                   _("“%s” is not a date. Give the date the client agreed as year, month and day, for example 2026-03-09."),
                   date != NULL ? date : "");
      return FALSE;
    }

  if (!has_words (how))
    {
      g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_NO_APPROVAL,
                           _("Say how the client’s approval was documented, for example “signed note in the meeting record” or “e-mail from the client”."));
      return FALSE;
    }

  cb_record_set_string_at (CB_RECORD (self), FIELD_APPROVAL_DATE, date);
  cb_record_set_string_at (CB_RECORD (self), FIELD_APPROVAL_HOW, how);
  return TRUE;
}

gboolean
cb_referral_has_approval (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), FALSE);

  return approval_recorded (self);
}

CbReferralStatus
cb_referral_get_status (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), CB_REFERRAL_STATUS_DRAFT);

  return cb_record_get_enum_at (CB_RECORD (self), FIELD_STATUS);
}

const char *
cb_referral_get_sent_date (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_SENT_DATE);
}

gboolean
cb_referral_mark_sent (CbReferral  *self,
                       const char  *date,
                       GError     **error)
{
  g_autofree char *sent = NULL;
  const char *approved;

  g_return_val_if_fail (CB_IS_REFERRAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_editable (self, error))
    return FALSE;

  if (cb_referral_get_status (self) != CB_REFERRAL_STATUS_DRAFT)
    {
      g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS,
                           _("This referral has already been sent."));
      return FALSE;
    }

  if (!approval_recorded (self))
    {
      set_no_approval_error (error);
      return FALSE;
    }

  sent = dup_date_or_today (date, error);
  if (sent == NULL)
    return FALSE;

  approved = cb_record_get_string_at (CB_RECORD (self), FIELD_APPROVAL_DATE);
  if (strcmp (sent, approved) < 0)
    {
      g_autofree char *sent_shown = cb_format_date (sent);
      g_autofree char *approved_shown = cb_format_date (approved);

      g_set_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_DATE_ORDER,
                   /* Translators: both are dates */
                   _("A referral cannot be sent on %s, before the client agreed to it on %s."),
                   sent_shown, approved_shown);
      return FALSE;
    }

  cb_record_set_string_at (CB_RECORD (self), FIELD_SENT_DATE, sent);
  cb_record_set_enum_at (CB_RECORD (self), FIELD_STATUS, CB_REFERRAL_STATUS_SENT);
  return TRUE;
}

gboolean
cb_referral_close (CbReferral  *self,
                   const char  *outcome_date,
                   GError     **error)
{
  g_autofree char *closed = NULL;
  const char *sent;

  g_return_val_if_fail (CB_IS_REFERRAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_editable (self, error))
    return FALSE;

  switch (cb_referral_get_status (self))
    {
    case CB_REFERRAL_STATUS_DRAFT:
      g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS,
                           _("This referral has not been sent yet, so it has no outcome to record. Mark it sent first, or delete it if it will not be made."));
      return FALSE;
    case CB_REFERRAL_STATUS_CLOSED:
      g_set_error_literal (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_WRONG_STATUS,
                           _("This referral is already closed."));
      return FALSE;
    case CB_REFERRAL_STATUS_SENT:
    default:
      break;
    }

  if (!approval_recorded (self))
    {
      /* Only a file edited by hand gets here. */
      set_no_approval_error (error);
      return FALSE;
    }

  closed = dup_date_or_today (outcome_date, error);
  if (closed == NULL)
    return FALSE;

  sent = cb_record_get_string_at (CB_RECORD (self), FIELD_SENT_DATE);
  if (*sent != '\0' && strcmp (closed, sent) < 0)
    {
      g_autofree char *closed_shown = cb_format_date (closed);
      g_autofree char *sent_shown = cb_format_date (sent);

      g_set_error (error, CB_REFERRAL_ERROR, CB_REFERRAL_ERROR_DATE_ORDER,
                   /* Translators: both are dates */
                   _("The outcome cannot be dated %s, before the referral was sent on %s."),
                   closed_shown, sent_shown);
      return FALSE;
    }

  cb_record_set_string_at (CB_RECORD (self), FIELD_OUTCOME_DATE, closed);
  cb_record_set_enum_at (CB_RECORD (self), FIELD_STATUS, CB_REFERRAL_STATUS_CLOSED);
  return TRUE;
}

void
cb_referral_reopen (CbReferral *self)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_enum_at (CB_RECORD (self), FIELD_STATUS, CB_REFERRAL_STATUS_DRAFT);
  cb_record_set_string_at (CB_RECORD (self), FIELD_SENT_DATE, NULL);
  cb_record_set_string_at (CB_RECORD (self), FIELD_OUTCOME_DATE, NULL);
}

const char *
cb_referral_get_outcome (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OUTCOME);
}

void
cb_referral_set_outcome (CbReferral *self,
                         const char *outcome)
{
  g_return_if_fail (CB_IS_REFERRAL (self));

  cb_record_set_string_at (CB_RECORD (self), FIELD_OUTCOME, outcome);
}

const char *
cb_referral_get_outcome_date (CbReferral *self)
{
  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  return cb_record_get_string_at (CB_RECORD (self), FIELD_OUTCOME_DATE);
}

char *
cb_referral_dup_to_display (CbReferral *self)
{
  const char *name;
  const char *organisation;

  g_return_val_if_fail (CB_IS_REFERRAL (self), NULL);

  name = cb_record_get_string_at (CB_RECORD (self), FIELD_TO_NAME);
  organisation = cb_record_get_string_at (CB_RECORD (self), FIELD_TO_ORGANISATION);

  if (*name != '\0')
    /* Translators: the title of a referral; %s is the person referred to */
    return g_strdup_printf (_("Referral to %s"), name);
  if (*organisation != '\0')
    /* Translators: the title of a referral; %s is the organisation referred to */
    return g_strdup_printf (_("Referral to %s"), organisation);

  return g_strdup (_("Referral"));
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  CbReferral *ra = *(CbReferral * const *) a;
  CbReferral *rb = *(CbReferral * const *) b;
  int cmp;

  /* ISO dates sort as text; an undated referral counts as oldest. */
  cmp = strcmp (cb_record_get_string_at (CB_RECORD (rb), FIELD_DATE),
                cb_record_get_string_at (CB_RECORD (ra), FIELD_DATE));
  if (cmp != 0)
    return cmp;

  return g_date_time_compare (cb_document_get_created (CB_DOCUMENT (rb)),
                              cb_document_get_created (CB_DOCUMENT (ra)));
}

GPtrArray *
cb_client_list_referrals (CbClient *client)
{
  g_return_val_if_fail (CB_IS_CLIENT (client), NULL);

  return cb_client_list_documents (client, CB_TYPE_REFERRAL, compare_newest_first);
}
