/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-evidence"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cb-evidence.h"
#include "cb-resources.h"

#define CATALOGUE_RESOURCE "/io/github/coachbook/Coachbook/evidence/criteria.json"

struct _CbEvidenceUnit
{
  GObject           parent_instance;

  CbEvidenceScheme  scheme;
  char             *number;
  char             *title;       /* NULL when the source gives only the code */
  const char       *note;        /* static, untranslated (N_) */
  GPtrArray        *outcome_numbers;
  GPtrArray        *outcome_texts;
  GListStore       *tags;
};

struct _CbEvidenceTag
{
  GObject          parent_instance;

  CbEvidenceUnit  *unit;         /* not a reference: the unit holds its tags */
  char            *id;
  char            *number;
  char            *text;
  char            *outcome;
  char            *search_key;   /* folded id and text */
};

struct _CbEvidenceCatalogue
{
  GObject      parent_instance;

  GListStore  *units;
  GListStore  *tags;
  GHashTable  *by_id;            /* id → CbEvidenceTag, borrowed */
};

G_DEFINE_FINAL_TYPE (CbEvidenceUnit, cb_evidence_unit, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (CbEvidenceTag, cb_evidence_tag, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (CbEvidenceCatalogue, cb_evidence_catalogue, G_TYPE_OBJECT)

G_DEFINE_QUARK (cb-evidence-error-quark, cb_evidence_error)

/* What seeds/000 says of each ENTO unit: the two certificates (lines
 * 70–72), the tracks whose information "forms part of the underpinning
 * knowledge and understanding" of it (lines 106–107, 265–266, …, 877–878),
 * and for G3 the Track 2 note (lines 249–250). Only G3 has a title. */
static const struct
{
  const char *number;
  const char *note;
} ento_notes[] = {
  { "G3", N_("A unit of both certificates the booklet names, The Certificate in Mentoring in the Workplace and The Certificate in Coaching Learners in the Workplace. Tracks 3 to 10 form part of its underpinning knowledge and understanding, and the booklet says the Track 2 self evaluation can provide evidence for it.") },
  { "L12", N_("The booklet gives only this unit’s code, not its title. It is a unit of The Certificate in Coaching Learners in the Workplace; Tracks 2 to 6 form part of its underpinning knowledge and understanding.") },
  { "L14", N_("The booklet gives only this unit’s code, not its title. It is a unit of The Certificate in Mentoring in the Workplace; Tracks 2 to 5 and Track 7 form part of its underpinning knowledge and understanding.") },
  { "L15", N_("The booklet gives only this unit’s code, not its title. It is a unit of both The Certificate in Mentoring in the Workplace and The Certificate in Coaching Learners in the Workplace; Tracks 2 to 5 and Track 8 form part of its underpinning knowledge and understanding.") },
  { "L16", N_("The booklet gives only this unit’s code, not its title. It is a unit of both The Certificate in Mentoring in the Workplace and The Certificate in Coaching Learners in the Workplace; Tracks 2 to 5 and Track 9 form part of its underpinning knowledge and understanding.") },
};

/* Folding */

char *
cb_evidence_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) plain = NULL;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  plain = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x2018 || c == 0x2019)
        c = '\'';
      else if (c == 0x201C || c == 0x201D)
        c = '"';
      else if (c == 0x2013 || c == 0x2014)
        c = '-';
      g_string_append_unichar (plain, c);
    }

  return g_utf8_casefold (plain->str, -1);
}

/* "3014  3.5 " → "3014 3.5": the id as the catalogue keeps it. */
static char *
normalize_id (const char *id)
{
  g_auto(GStrv) words = g_strsplit_set (id, " \t\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);

  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

/* CbEvidenceUnit */

static void
cb_evidence_unit_finalize (GObject *object)
{
  CbEvidenceUnit *self = CB_EVIDENCE_UNIT (object);

  g_free (self->number);
  g_free (self->title);
  g_clear_pointer (&self->outcome_numbers, g_ptr_array_unref);
  g_clear_pointer (&self->outcome_texts, g_ptr_array_unref);
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (cb_evidence_unit_parent_class)->finalize (object);
}

static void
cb_evidence_unit_class_init (CbEvidenceUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_evidence_unit_finalize;
}

static void
cb_evidence_unit_init (CbEvidenceUnit *self)
{
  self->outcome_numbers = g_ptr_array_new_with_free_func (g_free);
  self->outcome_texts = g_ptr_array_new_with_free_func (g_free);
  self->tags = g_list_store_new (CB_TYPE_EVIDENCE_TAG);
}

CbEvidenceScheme
cb_evidence_unit_get_scheme (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), CB_EVIDENCE_SCHEME_CMI);

  return self->scheme;
}

const char *
cb_evidence_unit_get_number (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  return self->number;
}

const char *
cb_evidence_unit_get_title (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  return self->title;
}

char *
cb_evidence_unit_dup_heading (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  if (self->scheme == CB_EVIDENCE_SCHEME_CMI)
    /* Translators: a CMI unit: its number and its title as the source prints it */
    return g_strdup_printf (_("%s %s"), self->number, self->title != NULL ? self->title : "");

  if (self->title != NULL)
    /* Translators: an ENTO unit with a title, e.g. "ENTO unit G3: Evaluate and Develop own Practice" */
    return g_strdup_printf (_("ENTO unit %s: %s"), self->number, self->title);

  /* Translators: an ENTO unit the booklet names only by its code, e.g. "ENTO unit L12" */
  return g_strdup_printf (_("ENTO unit %s"), self->number);
}

const char *
cb_evidence_unit_get_note (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  return self->note != NULL ? _(self->note) : NULL;
}

GListModel *
cb_evidence_unit_get_tags (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  return G_LIST_MODEL (self->tags);
}

guint
cb_evidence_unit_get_n_outcomes (CbEvidenceUnit *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), 0);

  return self->outcome_numbers->len;
}

const char *
cb_evidence_unit_get_outcome_text (CbEvidenceUnit *self,
                                   const char     *number)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_UNIT (self), NULL);

  for (guint i = 0; number != NULL && i < self->outcome_numbers->len; i++)
    if (g_str_equal (g_ptr_array_index (self->outcome_numbers, i), number))
      return g_ptr_array_index (self->outcome_texts, i);

  return NULL;
}

/* CbEvidenceTag */

static void
cb_evidence_tag_finalize (GObject *object)
{
  CbEvidenceTag *self = CB_EVIDENCE_TAG (object);

  g_free (self->id);
  g_free (self->number);
  g_free (self->text);
  g_free (self->outcome);
  g_free (self->search_key);

  G_OBJECT_CLASS (cb_evidence_tag_parent_class)->finalize (object);
}

static void
cb_evidence_tag_class_init (CbEvidenceTagClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_evidence_tag_finalize;
}

static void
cb_evidence_tag_init (CbEvidenceTag *self)
{
}

static CbEvidenceTag *
tag_new (CbEvidenceUnit *unit,
         const char     *id,
         const char     *number,
         const char     *text,
         const char     *outcome)
{
  CbEvidenceTag *self = g_object_new (CB_TYPE_EVIDENCE_TAG, NULL);
  g_autofree char *key = NULL;

  self->unit = unit;
  self->id = g_strdup (id);
  self->number = g_strdup (number);
  self->text = g_strdup (text);
  self->outcome = g_strdup (outcome);

  /* An ENTO unit is found by "ENTO" and "unit" too, as it is shown. */
  key = g_strjoin (" ", "", id, text != NULL ? text : "",
                   unit->scheme == CB_EVIDENCE_SCHEME_ENTO ? "ENTO unit" : "", NULL);
  self->search_key = cb_evidence_fold (key);
  /* Words start after a space: "ethics," and "(coaching" are words too. */
  g_strdelimit (self->search_key, ",;:()\"'/", ' ');

  return self;
}

const char *
cb_evidence_tag_get_id (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  return self->id;
}

CbEvidenceUnit *
cb_evidence_tag_get_unit (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  return self->unit;
}

gboolean
cb_evidence_tag_is_criterion (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), FALSE);

  return self->unit->scheme == CB_EVIDENCE_SCHEME_CMI;
}

const char *
cb_evidence_tag_get_number (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  return self->number;
}

const char *
cb_evidence_tag_get_text (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  return self->text;
}

const char *
cb_evidence_tag_get_outcome (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  return self->outcome;
}

char *
cb_evidence_tag_dup_label (CbEvidenceTag *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), NULL);

  if (self->text == NULL)
    return cb_evidence_unit_dup_heading (self->unit);

  /* Translators: a tag: its id ("3014 3.5", "G3") and its text */
  return g_strdup_printf (_("%s %s"), self->id, self->text);
}

gboolean
cb_evidence_tag_matches (CbEvidenceTag *self,
                         const char    *folded)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (CB_IS_EVIDENCE_TAG (self), FALSE);

  if (folded == NULL)
    return TRUE;

  /* Each word of the query begins a word of the tag: "mentor" finds
   * "mentoring", "301" finds 3011–3016, but "ento" is not in "mentor". */
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *start = NULL;

      if (*words[i] == '\0')
        continue;
      start = g_strconcat (" ", words[i], NULL);
      if (strstr (self->search_key, start) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* CbEvidenceCatalogue */

static void
cb_evidence_catalogue_finalize (GObject *object)
{
  CbEvidenceCatalogue *self = CB_EVIDENCE_CATALOGUE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->tags);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (cb_evidence_catalogue_parent_class)->finalize (object);
}

static void
cb_evidence_catalogue_class_init (CbEvidenceCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_evidence_catalogue_finalize;
}

static void
cb_evidence_catalogue_init (CbEvidenceCatalogue *self)
{
  self->units = g_list_store_new (CB_TYPE_EVIDENCE_UNIT);
  self->tags = g_list_store_new (CB_TYPE_EVIDENCE_TAG);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
add_tag (CbEvidenceCatalogue *self,
         CbEvidenceUnit      *unit,
         CbEvidenceTag       *tag,
         GError             **error)
{
  if (g_hash_table_contains (self->by_id, tag->id))
    {
      g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID,
                   "tag “%s” appears twice", tag->id);
      return FALSE;
    }

  g_list_store_append (unit->tags, tag);
  g_list_store_append (self->tags, tag);
  g_hash_table_insert (self->by_id, tag->id, tag);
  return TRUE;
}

static gboolean
read_unit (CbEvidenceCatalogue *self,
           JsonObject          *object,
           GError             **error)
{
  g_autoptr(CbEvidenceUnit) unit = g_object_new (CB_TYPE_EVIDENCE_UNIT, NULL);
  const char *scheme = get_string (object, "scheme");
  const char *number = get_string (object, "number");
  const char *title = get_string (object, "title");
  JsonArray *outcomes = get_array (object, "outcomes");
  JsonArray *criteria = get_array (object, "criteria");

  if (number == NULL || *number == '\0' || strchr (number, ' ') != NULL)
    {
      g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID, "a unit has no number");
      return FALSE;
    }

  unit->number = g_strdup (number);
  /* The source gives some ENTO units only as a code: no title then. */
  unit->title = title != NULL && *title != '\0' && !g_str_equal (title, number) ? g_strdup (title) : NULL;

  if (g_strcmp0 (scheme, "CMI") == 0)
    {
      unit->scheme = CB_EVIDENCE_SCHEME_CMI;
      if (unit->title == NULL || outcomes == NULL || criteria == NULL || json_array_get_length (criteria) == 0)
        {
          g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID,
                       "CMI unit %s needs a title, outcomes and criteria", number);
          return FALSE;
        }

      for (guint i = 0; i < json_array_get_length (outcomes); i++)
        {
          JsonNode *node = json_array_get_element (outcomes, i);
          JsonObject *outcome = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *o_number = outcome != NULL ? get_string (outcome, "number") : NULL;
          const char *o_text = outcome != NULL ? get_string (outcome, "text") : NULL;

          if (o_number == NULL || o_text == NULL)
            {
              g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID,
                           "unit %s: an outcome without number or text", number);
              return FALSE;
            }
          g_ptr_array_add (unit->outcome_numbers, g_strdup (o_number));
          g_ptr_array_add (unit->outcome_texts, g_strdup (o_text));
        }

      for (guint i = 0; i < json_array_get_length (criteria); i++)
        {
          JsonNode *node = json_array_get_element (criteria, i);
          JsonObject *criterion = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *c_number = criterion != NULL ? get_string (criterion, "number") : NULL;
          const char *c_text = criterion != NULL ? get_string (criterion, "text") : NULL;
          const char *c_outcome = criterion != NULL ? get_string (criterion, "outcome") : NULL;
          g_autofree char *id = NULL;
          g_autoptr(CbEvidenceTag) tag = NULL;

          if (c_number == NULL || *c_number == '\0' || strchr (c_number, ' ') != NULL ||
              c_text == NULL || *c_text == '\0' ||
              cb_evidence_unit_get_outcome_text (unit, c_outcome) == NULL)
            {
              g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID,
                           "unit %s: criterion %u is incomplete", number, i + 1);
              return FALSE;
            }

          id = g_strdup_printf ("%s %s", number, c_number);
          tag = tag_new (unit, id, c_number, c_text, c_outcome);
          if (!add_tag (self, unit, tag, error))
            return FALSE;
        }
    }
  else if (g_strcmp0 (scheme, "ENTO") == 0)
    {
      g_autoptr(CbEvidenceTag) tag = NULL;

      unit->scheme = CB_EVIDENCE_SCHEME_ENTO;
      for (guint i = 0; i < G_N_ELEMENTS (ento_notes); i++)
        if (g_str_equal (ento_notes[i].number, number))
          unit->note = ento_notes[i].note;

      tag = tag_new (unit, number, number, unit->title, NULL);
      if (!add_tag (self, unit, tag, error))
        return FALSE;
    }
  else
    {
      g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID,
                   "unit %s: unknown scheme “%s”", number, scheme != NULL ? scheme : "");
      return FALSE;
    }

  g_list_store_append (self->units, unit);
  return TRUE;
}

CbEvidenceCatalogue *
cb_evidence_catalogue_new_from_bytes (GBytes  *bytes,
                                      GError **error)
{
  g_autoptr(CbEvidenceCatalogue) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  JsonArray *units;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;

  root = json_parser_get_root (parser);
  units = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? get_array (json_node_get_object (root), "units") : NULL;
  if (units == NULL)
    {
      g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID, "no “units” in the catalogue");
      return NULL;
    }

  self = g_object_new (CB_TYPE_EVIDENCE_CATALOGUE, NULL);
  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonNode *node = json_array_get_element (units, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, CB_EVIDENCE_ERROR, CB_EVIDENCE_ERROR_INVALID, "unit %u is not an object", i + 1);
          return NULL;
        }
      if (!read_unit (self, json_node_get_object (node), error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

CbEvidenceCatalogue *
cb_evidence_catalogue_get_default (void)
{
  static CbEvidenceCatalogue *catalogue;

  if (g_once_init_enter (&catalogue))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resource_lookup_data (cb_get_resource (), CATALOGUE_RESOURCE,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      CbEvidenceCatalogue *loaded = bytes != NULL ? cb_evidence_catalogue_new_from_bytes (bytes, &error) : NULL;

      /* The data ships inside the program and a test checks it: a
       * broken catalogue is a broken build. */
      if (loaded == NULL)
        g_error ("The evidence catalogue %s cannot be read: %s", CATALOGUE_RESOURCE, error->message);

      g_once_init_leave (&catalogue, loaded);
    }

  return catalogue;
}

GListModel *
cb_evidence_catalogue_get_units (CbEvidenceCatalogue *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->units);
}

GListModel *
cb_evidence_catalogue_get_tags (CbEvidenceCatalogue *self)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->tags);
}

CbEvidenceTag *
cb_evidence_catalogue_lookup (CbEvidenceCatalogue *self,
                              const char          *id)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), NULL);

  if (id == NULL)
    return NULL;

  normal = normalize_id (id);
  return g_hash_table_lookup (self->by_id, normal);
}

CbEvidenceUnit *
cb_evidence_catalogue_find_unit (CbEvidenceCatalogue *self,
                                 const char          *number)
{
  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), NULL);

  for (guint i = 0; number != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->units)); i++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (g_str_equal (unit->number, number))
        return unit;   /* the catalogue holds it */
    }

  return NULL;
}

guint
cb_evidence_catalogue_count_units (CbEvidenceCatalogue *self,
                                   CbEvidenceScheme     scheme)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->units)); i++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      n += unit->scheme == scheme;
    }

  return n;
}

guint
cb_evidence_catalogue_count_outcomes (CbEvidenceCatalogue *self,
                                      CbEvidenceScheme     scheme)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->units)); i++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (unit->scheme == scheme)
        n += unit->outcome_numbers->len;
    }

  return n;
}

guint
cb_evidence_catalogue_count_tags (CbEvidenceCatalogue *self,
                                  CbEvidenceScheme     scheme)
{
  guint n = 0;

  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->units)); i++)
    {
      g_autoptr(CbEvidenceUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (unit->scheme == scheme)
        n += g_list_model_get_n_items (G_LIST_MODEL (unit->tags));
    }

  return n;
}

GPtrArray *
cb_evidence_catalogue_search (CbEvidenceCatalogue *self,
                              const char          *query)
{
  g_autofree char *folded = cb_evidence_fold (query);
  GPtrArray *found = g_ptr_array_new ();
  GListModel *tags;

  g_return_val_if_fail (CB_IS_EVIDENCE_CATALOGUE (self), found);

  tags = G_LIST_MODEL (self->tags);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(CbEvidenceTag) tag = g_list_model_get_item (tags, i);

      if (cb_evidence_tag_matches (tag, folded))
        g_ptr_array_add (found, tag);   /* the catalogue holds it */
    }

  return found;
}
