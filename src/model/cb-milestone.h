/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-record.h"

G_BEGIN_DECLS

/* One milestone of a development plan's objective: a row of the
 * objective's "milestones" table (FORMS.md §5; 003 Resource 15 "Milestones
 * / review dates"). Edits of a row are edits of the plan that owns it.
 *
 * JSON members (property names are the kebab-case forms):
 *   "text"   LINE     "Milestone"
 *   "date"   DATE     "Date", YYYY-MM-DD or ""
 *   "done"   BOOLEAN  "Done"
 */
#define CB_TYPE_MILESTONE (cb_milestone_get_type ())

G_DECLARE_FINAL_TYPE (CbMilestone, cb_milestone, CB, MILESTONE, CbRecord)

CbMilestone *cb_milestone_new        (const char  *text,
                                      const char  *date);

const char  *cb_milestone_get_text   (CbMilestone *self);
void         cb_milestone_set_text   (CbMilestone *self,
                                      const char  *text);
const char  *cb_milestone_get_date   (CbMilestone *self);
void         cb_milestone_set_date   (CbMilestone *self,
                                      const char  *date);
gboolean     cb_milestone_get_done   (CbMilestone *self);
void         cb_milestone_set_done   (CbMilestone *self,
                                      gboolean     done);

/* Not done, dated, and the date is on or before @today (NULL: the local
 * date): due. Strictly before @today: overdue. */
gboolean     cb_milestone_is_due     (CbMilestone *self,
                                      GDate       *today);
gboolean     cb_milestone_is_overdue (CbMilestone *self,
                                      GDate       *today);

G_END_DECLS
