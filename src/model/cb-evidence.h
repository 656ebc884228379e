/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The evidence a coach's learning journal can be tagged with: the CMI
 * Level 3 units 3011–3016 (seeds/002), each with its learning outcomes and
 * assessment criteria word for word, and the ENTO units the booklet names
 * (seeds/000: G3, L12, L14, L15, L16). The data is data/evidence/criteria.json,
 * shipped as a resource and checked against the source by
 * tests/check-criteria.py.
 *
 * A tag is what an entry is tagged with, by a stable id: a CMI assessment
 * criterion ("3014 3.5") or an ENTO unit as a whole ("G3"), for the
 * booklet gives the ENTO units no criteria. Each unit lists its tags: a
 * CMI unit its criteria, an ENTO unit itself as its one tag. */

typedef enum
{
  CB_EVIDENCE_SCHEME_CMI,
  CB_EVIDENCE_SCHEME_ENTO,
} CbEvidenceScheme;

#define CB_EVIDENCE_ERROR (cb_evidence_error_quark ())

typedef enum
{
  CB_EVIDENCE_ERROR_INVALID,   /* the catalogue's data is not what it should be */
} CbEvidenceError;

GQuark cb_evidence_error_quark (void);

#define CB_TYPE_EVIDENCE_UNIT (cb_evidence_unit_get_type ())
G_DECLARE_FINAL_TYPE (CbEvidenceUnit, cb_evidence_unit, CB, EVIDENCE_UNIT, GObject)

#define CB_TYPE_EVIDENCE_TAG (cb_evidence_tag_get_type ())
G_DECLARE_FINAL_TYPE (CbEvidenceTag, cb_evidence_tag, CB, EVIDENCE_TAG, GObject)

#define CB_TYPE_EVIDENCE_CATALOGUE (cb_evidence_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (CbEvidenceCatalogue, cb_evidence_catalogue, CB, EVIDENCE_CATALOGUE, GObject)

/* Units */

CbEvidenceScheme  cb_evidence_unit_get_scheme       (CbEvidenceUnit *self);
/* "3011", "G3". */
const char       *cb_evidence_unit_get_number       (CbEvidenceUnit *self);
/* The title as the source prints it ("PRINCIPLES, SKILLS AND IMPACT OF
 * COACHING AND MENTORING", "Evaluate and Develop own Practice"), or NULL
 * when the source gives only the code (L12, L14, L15, L16). */
const char       *cb_evidence_unit_get_title        (CbEvidenceUnit *self);
/* The unit as a heading: "3011 PRINCIPLES, SKILLS…", "ENTO unit G3:
 * Evaluate and Develop own Practice", "ENTO unit L12". */
char             *cb_evidence_unit_dup_heading      (CbEvidenceUnit *self);
/* What the booklet says of an ENTO unit (its certificates and tracks;
 * that it gives no title), translated; NULL for a CMI unit. */
const char       *cb_evidence_unit_get_note         (CbEvidenceUnit *self);
/* The unit's tags, a GListModel of CbEvidenceTag in the source's order. */
GListModel       *cb_evidence_unit_get_tags         (CbEvidenceUnit *self);
guint             cb_evidence_unit_get_n_outcomes   (CbEvidenceUnit *self);
/* The text of learning outcome @number ("3"), or NULL. */
const char       *cb_evidence_unit_get_outcome_text (CbEvidenceUnit *self,
                                                     const char     *number);

/* Tags */

/* "3014 3.5" or "G3". */
const char       *cb_evidence_tag_get_id            (CbEvidenceTag  *self);
CbEvidenceUnit   *cb_evidence_tag_get_unit          (CbEvidenceTag  *self);
/* TRUE for a CMI assessment criterion, FALSE for an ENTO unit. */
gboolean          cb_evidence_tag_is_criterion      (CbEvidenceTag  *self);
/* The criterion's number ("3.5"), or the ENTO unit's code ("G3"). */
const char       *cb_evidence_tag_get_number        (CbEvidenceTag  *self);
/* The criterion's text word for word, the ENTO unit's title, or NULL for
 * an ENTO unit without one. */
const char       *cb_evidence_tag_get_text          (CbEvidenceTag  *self);
/* The learning outcome a criterion belongs to ("3"), or NULL. */
const char       *cb_evidence_tag_get_outcome       (CbEvidenceTag  *self);
/* "3014 3.5 Identify the achievement of progress and recognise success",
 * "G3 Evaluate and Develop own Practice", "ENTO unit L12". */
char             *cb_evidence_tag_dup_label         (CbEvidenceTag  *self);
/* TRUE when every word of @folded (from cb_evidence_fold()) begins a
 * word of the tag's id or text (an ENTO unit's also of "ENTO unit"). */
gboolean          cb_evidence_tag_matches           (CbEvidenceTag  *self,
                                                     const char     *folded);

/* The catalogue */

/* The catalogue shipped with Coachbook (the resource), read once. */
CbEvidenceCatalogue *cb_evidence_catalogue_get_default     (void);
/* A catalogue read from criteria.json's text, or NULL with @error. */
CbEvidenceCatalogue *cb_evidence_catalogue_new_from_bytes  (GBytes               *bytes,
                                                            GError              **error);
/* A GListModel of CbEvidenceUnit: the CMI units, then the ENTO units. */
GListModel          *cb_evidence_catalogue_get_units       (CbEvidenceCatalogue  *self);
/* A GListModel of every CbEvidenceTag, unit by unit. */
GListModel          *cb_evidence_catalogue_get_tags        (CbEvidenceCatalogue  *self);
/* The tag with @id ("3014 3.5", "G3"; spaces around and between are
 * forgiven), or NULL (borrowed). */
CbEvidenceTag       *cb_evidence_catalogue_lookup          (CbEvidenceCatalogue  *self,
                                                            const char           *id);
/* The unit numbered @number ("3014", "G3"), or NULL (borrowed). */
CbEvidenceUnit      *cb_evidence_catalogue_find_unit       (CbEvidenceCatalogue  *self,
                                                            const char           *number);
/* How many units, outcomes and tags of @scheme there are. */
guint                cb_evidence_catalogue_count_units     (CbEvidenceCatalogue  *self,
                                                            CbEvidenceScheme      scheme);
guint                cb_evidence_catalogue_count_outcomes  (CbEvidenceCatalogue  *self,
                                                            CbEvidenceScheme      scheme);
guint                cb_evidence_catalogue_count_tags      (CbEvidenceCatalogue  *self,
                                                            CbEvidenceScheme      scheme);
/* The tags matching @query, by number ("3014 3.5", "3.5", "G3") or by
 * words ("confidentiality ethics"), case- and accent-insensitive, in the
 * catalogue's order; every tag for an empty query. A new array of
 * borrowed tags. */
GPtrArray           *cb_evidence_catalogue_search          (CbEvidenceCatalogue  *self,
                                                            const char           *query);

/* @text without case, accents or curly quotes, for matching. */
char                *cb_evidence_fold                      (const char           *text);

G_END_DECLS
