/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-coach-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-coach-profile.h"

/* The Coach / Mentor Profile of the HefmA register guidance (seeds/001):
 * a page to show prospective coachees and mentees. */

struct _CbCoachProfile
{
  CbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CbCoachProfile, cb_coach_profile, CB_TYPE_RECORD)

static const CbFieldGroup groups[] = {
  { "about", N_("About You"), N_("How prospective clients will see you") },
  { "contact", N_("Contact Details"), NULL },
  { "experience", N_("Roles and Experience"), N_("Keep each answer within its word limit so the printed profile fits on one page") },
  { "methods", N_("Coaching / Mentoring Methods"), N_("Useful areas for exploration for coachees and mentees") },
};

static const CbFieldSpec fields[] = {
  { "name", CB_FIELD_LINE, N_("Name"), NULL, "about", NULL, 0, CB_FIELD_FLAG_REQUIRED },
  { "photo", CB_FIELD_FILE, N_("Photo"), N_("A JPEG or PNG photo for your profile"), "about", NULL, 0, CB_FIELD_FLAG_NONE },
  { "current_role", CB_FIELD_LINE, N_("Current Role"), NULL, "about", NULL, 0, CB_FIELD_FLAG_NONE },
  { "location", CB_FIELD_LINE, N_("Location/organisation"), NULL, "about", NULL, 0, CB_FIELD_FLAG_NONE },
  { "telephone", CB_FIELD_PHONE, N_("Telephone No"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  { "work_mobile", CB_FIELD_PHONE, N_("Work Mobile"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  { "email", CB_FIELD_EMAIL, N_("Email Address"), NULL, "contact", NULL, 0, CB_FIELD_FLAG_NONE },
  { "role_description", CB_FIELD_TEXT, N_("Current Role"), N_("Describe your current role"), "experience", NULL, 100, CB_FIELD_FLAG_NONE },
  { "previous_experience", CB_FIELD_TEXT, N_("Previous Role and Experience"), NULL, "experience", NULL, 100, CB_FIELD_FLAG_NONE },
  { "qualifications", CB_FIELD_TEXT, N_("Professional Qualifications/Interests"), NULL, "experience", NULL, 50, CB_FIELD_FLAG_NONE },
  { "coaching_experience", CB_FIELD_TEXT, N_("Coaching / Mentoring Experience"), NULL, "experience", NULL, 50, CB_FIELD_FLAG_NONE },
  { "other_information", CB_FIELD_TEXT, N_("Any other useful information"), NULL, "experience", NULL, 0, CB_FIELD_FLAG_NONE },
  { "why_coach", CB_FIELD_TEXT, N_("Why did you become a Coach / Mentor?"), NULL, "methods", NULL, 0, CB_FIELD_FLAG_NONE },
  { "style", CB_FIELD_TEXT, N_("What is your Coaching / Mentoring style?"), NULL, "methods", NULL, 0, CB_FIELD_FLAG_NONE },
  { "self_development", CB_FIELD_TEXT, N_("How do you continue to develop yourself as a Coach / Mentor?"), NULL, "methods", NULL, 0, CB_FIELD_FLAG_NONE },
  { "business_issues", CB_FIELD_TEXT, N_("What business issues do you think you work best with?"), NULL, "methods", NULL, 0, CB_FIELD_FLAG_NONE },
  { "session_methods", CB_FIELD_TEXT, N_("How do you conduct your coaching / mentoring sessions?"), N_("For example in person, telephone, email, video or a combination"), "methods", NULL, 0, CB_FIELD_FLAG_NONE },
  { "session_frequency", CB_FIELD_TEXT, N_("What’s the appropriate frequency and duration of sessions?"), NULL, "methods", NULL, 0, CB_FIELD_FLAG_NONE },
};

static void
cb_coach_profile_class_init (CbCoachProfileClass *klass)
{
  cb_record_class_install_fields (CB_RECORD_CLASS (klass),
                                  fields, G_N_ELEMENTS (fields),
                                  groups, G_N_ELEMENTS (groups));
}

static void
cb_coach_profile_init (CbCoachProfile *self)
{
}

CbCoachProfile *
cb_coach_profile_new (void)
{
  return g_object_new (CB_TYPE_COACH_PROFILE, NULL);
}

CbForm *
cb_coach_profile_describe_form (CbCoachProfile *self,
                                const char     *practice_name,
                                const char     *photo_path,
                                gboolean        blank)
{
  CbForm *form;

  g_return_val_if_fail (CB_IS_COACH_PROFILE (self), NULL);

  form = cb_form_new (_("Coach / Mentor Profile"));
  cb_form_set_blank (form, blank);
  /* The source asks for a one-page profile: the word limits and smaller
   * type keep it there. */
  cb_form_set_compact (form, TRUE);
  if (practice_name != NULL && *practice_name != '\0')
    {
      cb_form_add_subtitle (form, practice_name);
      cb_form_set_footer (form, practice_name);
    }
  if (!blank)
    cb_form_add_image (form, photo_path);

  cb_record_describe (CB_RECORD (self), form, FALSE);

  return form;
}
