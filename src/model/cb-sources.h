/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cb-practice.h"
#include "cb-referral.h"

G_BEGIN_DECLS

/* Sources of help (FORMS.md §7, seeds/000 Track 8: "By keeping a careful
 * record of your referrals and their outcomes, you will build up a strong
 * contact network and database of sources of help and information"): the
 * people and organisations a practice has referred clients to. Nothing is
 * stored: the list is built from every referral of every client. */

/* One source of help. Immutable: when its referrals change, the list
 * replaces the item. */
#define CB_TYPE_SOURCE (cb_source_get_type ())

G_DECLARE_FINAL_TYPE (CbSource, cb_source, CB, SOURCE, GObject)

/* Properties (read-only): "name", "organisation", "contact" (strings, ""
 * when unknown), "referral-count" (guint), "last-used" (YYYY-MM-DD or ""). */

/* As written in the latest referral (by date) that names them. */
const char  *cb_source_get_name            (CbSource    *self);
const char  *cb_source_get_organisation    (CbSource    *self);
/* The contact of the latest referral that gives one, or "". */
const char  *cb_source_get_contact         (CbSource    *self);
/* How many referrals, of any client and any status, went to this source. */
guint        cb_source_get_referral_count  (CbSource    *self);
/* The date of the latest of them (YYYY-MM-DD), or "" when none is dated. */
const char  *cb_source_get_last_used       (CbSource    *self);
/* "Name, Organisation", or whichever is given. */
char        *cb_source_dup_display_name    (CbSource    *self);

/* Sources of help of a practice: a GListModel of CbSource, one per
 * distinct name + organisation (compared case-insensitively, ignoring
 * surrounding spaces; a referral naming neither is left out), sorted by
 * name then organisation in the user's language. Kept up to date as
 * clients and referrals are added, edited and removed: an edit recomputes
 * only the sources it touches, and items-changed reports just those. */
#define CB_TYPE_SOURCES (cb_sources_get_type ())

G_DECLARE_FINAL_TYPE (CbSources, cb_sources, CB, SOURCES, GObject)

CbSources   *cb_sources_new                (CbPractice  *practice);
CbPractice  *cb_sources_get_practice       (CbSources   *self);
/* The source with this name and organisation (case-insensitive), or NULL.
 * Borrowed. */
CbSource    *cb_sources_lookup             (CbSources   *self,
                                            const char  *name,
                                            const char  *organisation);

/* "Pick from sources of help": copies the source's name, organisation and
 * contact into the referral's to_name, to_organisation and to_contact (a
 * single edit each; nothing else changes). */
void         cb_referral_fill_from_source  (CbReferral  *referral,
                                            CbSource    *source);

G_END_DECLS
