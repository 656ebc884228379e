/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-search-index"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cb-document-types.h"
#include "cb-search-index.h"
#include "cb-thread.h"

/* Search across a practice (DESIGN.md: "a search index follows the
 * store's changes"). Every document is an entry, or two when it has
 * private notes (so that they are found only when asked); every word of
 * an entry's text, folded (cb_search_fold()), lists the entry. A search
 * takes the words that begin with each word of the query, joins the
 * entries they list and keeps those that have all of the query's words.
 *
 * The text of documents already in the practice is copied on the main
 * thread a slice at a time, cut into words on a worker thread, and the
 * words go into the index on the main thread, a slice at a time again. An
 * edited document is indexed anew a moment after the last edit: its old
 * entries die (searches pass over dead entries; they are swept out now and
 * then) and new ones take their place. */

/* Folding */

static void
append_folded (GString   *out,
               gunichar   c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }

  /* Letters that are not a base letter with a mark. */
  switch (c)
    {
    case 0x0141: case 0x0142: g_string_append_c (out, 'l'); return;        /* Ł ł */
    case 0x00D8: case 0x00F8: g_string_append_c (out, 'o'); return;        /* Ø ø */
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0:
      g_string_append_c (out, 'd'); return;                                /* Đ đ Ð ð */
    case 0x0126: case 0x0127: g_string_append_c (out, 'h'); return;        /* Ħ ħ */
    case 0x0131: g_string_append_c (out, 'i'); return;                     /* ı */
    case 0x00DF: case 0x1E9E: g_string_append (out, "ss"); return;         /* ß ẞ */
    case 0x00C6: case 0x00E6: g_string_append (out, "ae"); return;         /* Æ æ */
    case 0x0152: case 0x0153: g_string_append (out, "oe"); return;         /* Œ œ */
    case 0x00DE: case 0x00FE: g_string_append (out, "th"); return;         /* Þ þ */
    default:
      break;
    }

  n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      if (g_unichar_ismark (decomposed[i]))
        continue;
      g_string_append_unichar (out, g_unichar_tolower (decomposed[i]));
    }
}

char *
cb_search_fold (const char  *text,
                GArray     **offsets)
{
  GString *out;
  GArray *map = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 1);
  if (offsets != NULL)
    map = g_array_sized_new (FALSE, FALSE, sizeof (guint), strlen (text) + 1);

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize before = out->len;
      guint from = (guint) (p - text);

      append_folded (out, g_utf8_get_char (p));
      if (map != NULL)
        for (gsize i = before; i < out->len; i++)
          g_array_append_val (map, from);
    }

  if (map != NULL)
    {
      guint end = (guint) (p - text);

      g_array_append_val (map, end);
      *offsets = map;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* The words of folded @text, each once, into @words (a set). */
static void
collect_words (const char *text,
               GHashTable *words)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (p))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && is_word_char (p))
        p = g_utf8_next_char (p);

      /* A word longer than any real one is cut: it is still found by its start. */
      if (p > start)
        {
          gsize length = MIN ((gsize) (p - start), 64);

          while (length > 0 && (start[length] & 0xC0) == 0x80)
            length--;
          if (length > 0)
            g_hash_table_add (words, g_strndup (start, length));
        }
    }
}

/* Fields */

static void
foreach_field (CbRecord          *record,
               gboolean           private_parent,
               CbSearchFieldFunc  func,
               gpointer           user_data)
{
  guint n_fields;
  const CbFieldSpec *fields = cb_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      gboolean private_field = private_parent || (fields[i].flags & CB_FIELD_FLAG_PRIVATE);

      if (fields[i].flags & CB_FIELD_FLAG_REFERENCE)
        continue;

      switch (fields[i].kind)
        {
        case CB_FIELD_LINE:
        case CB_FIELD_TEXT:
        case CB_FIELD_EMAIL:
        case CB_FIELD_PHONE:
        case CB_FIELD_LIST:
          func (record, i, private_field, user_data);
          break;

        case CB_FIELD_RECORD:
          {
            CbRecord *child = cb_record_get_record_at (record, i);

            if (child != NULL)
              foreach_field (child, private_field, func, user_data);
          }
          break;

        case CB_FIELD_TABLE:
          {
            GListModel *rows = cb_record_get_table (record, fields[i].name);
            guint n = rows != NULL ? g_list_model_get_n_items (rows) : 0;

            for (guint r = 0; r < n; r++)
              {
                g_autoptr(CbRecord) row = g_list_model_get_item (rows, r);
                foreach_field (row, private_field, func, user_data);
              }
          }
          break;

        case CB_FIELD_DATE:
        case CB_FIELD_TIME:
        case CB_FIELD_INTEGER:
        case CB_FIELD_BOOLEAN:
        case CB_FIELD_CHOICE:
        case CB_FIELD_MULTI_CHOICE:
        case CB_FIELD_FILE:
        default:
          break;
        }
    }
}

void
cb_search_foreach_field (CbRecord          *record,
                         CbSearchFieldFunc  func,
                         gpointer           user_data)
{
  g_return_if_fail (CB_IS_RECORD (record));
  g_return_if_fail (func != NULL);

  foreach_field (record, FALSE, func, user_data);
}

typedef struct
{
  GString *public_text;
  GString *private_text;
} Snapshot;

static void
append_field_text (CbRecord *record,
                   guint     index,
                   gboolean  private_field,
                   gpointer  user_data)
{
  Snapshot *snapshot = user_data;
  GString *out = private_field ? snapshot->private_text : snapshot->public_text;
  const CbFieldSpec *spec = cb_record_get_field (record, index);

  if (spec->kind == CB_FIELD_LIST)
    {
      g_auto(GStrv) lines = cb_record_dup_strv_at (record, index);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_string_append (out, lines[i]);
          g_string_append_c (out, '\n');
        }
      return;
    }

  g_string_append (out, cb_record_get_string_at (record, index));
  g_string_append_c (out, '\n');
}

/* Snippets */

#define SNIPPET_BEFORE 40
#define SNIPPET_LENGTH 160

typedef struct
{
  GPtrArray  *words;           /* of the query, folded */
  gboolean    include_private;
  guint       best_count;
  char       *best_text;
  GArray     *best_ranges;     /* pairs of byte offsets in best_text */
  const char *best_label;
} SnippetSearch;

static gboolean
word_starts_at (const char *folded,
                const char *at)
{
  return at == folded || !is_word_char (g_utf8_prev_char (at));
}

/* The start of the first match of @word at the start of a word of @folded. */
static const char *
find_word_start (const char *folded,
                 const char *word)
{
  const char *at = folded;

  while ((at = strstr (at, word)) != NULL)
    {
      if (word_starts_at (folded, at))
        return at;
      at = g_utf8_next_char (at);
    }

  return NULL;
}

static guint
source_end (const char *text,
            GArray     *offsets,
            gsize       folded_end)
{
  guint end = g_array_index (offsets, guint, folded_end);

  /* A match that ends inside what one letter became ("ß" → "ss") takes
   * the whole letter. */
  if (folded_end > 0 && g_array_index (offsets, guint, folded_end - 1) == end)
    end = (guint) (g_utf8_next_char (text + end) - text);

  return end;
}

static void
look_in_field (CbRecord *record,
               guint     index,
               gboolean  private_field,
               gpointer  user_data)
{
  SnippetSearch *search = user_data;
  const CbFieldSpec *spec = cb_record_get_field (record, index);
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GArray) ranges = NULL;
  guint count = 0;

  if (private_field && !search->include_private)
    return;
  if (search->best_count == search->words->len)
    return;

  if (spec->kind == CB_FIELD_LIST)
    {
      g_auto(GStrv) lines = cb_record_dup_strv_at (record, index);
      text = g_strjoinv ("\n", lines);
    }
  else
    text = g_strdup (cb_record_get_string_at (record, index));
  if (*text == '\0')
    return;

  folded = cb_search_fold (text, &offsets);
  ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint w = 0; w < search->words->len; w++)
    {
      const char *word = search->words->pdata[w];
      const char *at = find_word_start (folded, word);

      if (at == NULL)
        continue;
      count++;

      /* Every match of the word is shown in bold. */
      for (; at != NULL; at = find_word_start (at + strlen (word), word))
        {
          guint start = g_array_index (offsets, guint, at - folded);
          guint end = source_end (text, offsets, (at - folded) + strlen (word));

          g_array_append_val (ranges, start);
          g_array_append_val (ranges, end);
          if (*(at + strlen (word)) == '\0')
            break;
        }
    }

  if (count > search->best_count)
    {
      search->best_count = count;
      g_free (search->best_text);
      search->best_text = g_steal_pointer (&text);
      g_clear_pointer (&search->best_ranges, g_array_unref);
      search->best_ranges = g_steal_pointer (&ranges);
      search->best_label = spec->label;
    }
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const guint *ra = a;
  const guint *rb = b;

  return ra[0] < rb[0] ? -1 : ra[0] > rb[0];
}

/* Moves @at back to the start of a character of @text. */
static gsize
char_start (const char *text,
            gsize       at)
{
  while (at > 0 && ((guchar) text[at] & 0xC0) == 0x80)
    at--;
  return at;
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       length)
{
  g_autofree char *escaped = NULL;
  g_autofree char *flat = g_strndup (text, length);

  /* One line in a list of results. */
  g_strdelimit (flat, "\n\t\r", ' ');
  escaped = g_markup_escape_text (flat, -1);
  g_string_append (out, escaped);
}

char *
cb_search_dup_snippet (CbDocument  *document,
                       const char  *query,
                       gboolean     include_private,
                       const char **label)
{
  g_autofree char *folded = NULL;
  g_autoptr(GHashTable) set = NULL;
  SnippetSearch search = { NULL, include_private, 0, NULL, NULL, NULL };
  GHashTableIter iter;
  gpointer key;
  GString *out;
  const char *text;
  gsize length, first, from, to, at;

  g_return_val_if_fail (CB_IS_DOCUMENT (document), NULL);

  if (label != NULL)
    *label = NULL;
  if (query == NULL)
    return NULL;

  folded = cb_search_fold (query, NULL);
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_words (folded, set);
  if (g_hash_table_size (set) == 0)
    return NULL;

  search.words = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (search.words, key);

  cb_search_foreach_field (CB_RECORD (document), look_in_field, &search);
  g_ptr_array_unref (search.words);

  if (search.best_text == NULL)
    return NULL;

  g_array_sort (search.best_ranges, compare_ranges);
  text = search.best_text;
  length = strlen (text);
  first = g_array_index (search.best_ranges, guint, 0);

  /* From the start of the line of the first match, or a few words before it. */
  from = first;
  while (from > 0 && text[from - 1] != '\n' && first - from < SNIPPET_BEFORE)
    from--;
  if (from > 0 && text[from - 1] != '\n')
    {
      while (from < first && text[from] != ' ')
        from++;
      while (from < first && text[from] == ' ')
        from++;
    }
  from = char_start (text, from);
  to = char_start (text, MIN (length, from + SNIPPET_LENGTH));
  if (to < length)
    {
      gsize space = to;

      while (space > first && text[space] != ' ')
        space--;
      if (space > first)
        to = space;
    }

  out = g_string_new (NULL);
  if (from > 0 && text[from - 1] != '\n')
    g_string_append (out, "…");

  at = from;
  for (guint i = 0; i + 1 < search.best_ranges->len; i += 2)
    {
      gsize start = MAX (g_array_index (search.best_ranges, guint, i), at);
      gsize end = MIN (g_array_index (search.best_ranges, guint, i + 1), to);

      if (start >= to)
        break;
      if (end <= start)
        continue;

      append_escaped (out, text + at, start - at);
      g_string_append (out, "<b>");
      append_escaped (out, text + start, end - start);
      g_string_append (out, "</b>");
      at = end;
    }
  append_escaped (out, text + at, to - at);
  if (to < length)
    g_string_append (out, "…");

  if (label != NULL)
    *label = g_dgettext (GETTEXT_PACKAGE, search.best_label);

  g_free (search.best_text);
  g_array_unref (search.best_ranges);

  return g_string_free (out, FALSE);
}

gboolean
cb_search_text_matches (const char *text,
                        const char *query)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_query = NULL;
  g_autoptr(GHashTable) set = NULL;
  GHashTableIter iter;
  gpointer key;

  if (query == NULL)
    return TRUE;
  if (text == NULL)
    text = "";

  folded_text = cb_search_fold (text, NULL);
  folded_query = cb_search_fold (query, NULL);
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_words (folded_query, set);

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (find_word_start (folded_text, key) == NULL)
      return FALSE;

  return TRUE;
}

/* The index */

/* The entries a word is in: their ids in the order they were added
 * (ascending), each written as its distance from the one before in as
 * few bytes as it takes (seven bits a byte, the high bit saying another
 * byte follows). A book's common words are in most of its documents, one
 * or two bytes each instead of four. */
typedef struct
{
  guint8  *data;
  guint32  length;
  guint32  capacity;
  guint32  last;     /* the last id added */
  guint32  count;
} Word;

static void
word_free (gpointer data)
{
  Word *word = data;

  g_free (word->data);
  g_free (word);
}

static void
word_append (Word    *word,
             guint32  id)
{
  guint32 delta = word->count == 0 ? id : id - word->last;

  g_assert (word->count == 0 || id > word->last);

  if (word->length + 5 > word->capacity)
    {
      word->capacity = word->length + 5 + word->length / 4 + 8;
      word->data = g_realloc (word->data, word->capacity);
    }

  do
    {
      guint8 byte = delta & 0x7F;

      delta >>= 7;
      word->data[word->length++] = byte | (delta != 0 ? 0x80 : 0);
    }
  while (delta != 0);

  word->last = id;
  word->count++;
}

/* Walks the ids of @word: @at is where the next one starts (0 at first),
 * @id the one before (ignored at first). FALSE at the end. */
static inline gboolean
word_next (const Word *word,
           guint32    *at,
           guint32    *id)
{
  guint32 delta = 0;
  guint shift = 0;
  gboolean first = *at == 0;

  if (*at >= word->length)
    return FALSE;

  for (;;)
    {
      guint8 byte = word->data[(*at)++];

      delta |= (guint32) (byte & 0x7F) << shift;
      if ((byte & 0x80) == 0)
        break;
      shift += 7;
    }

  *id = first ? delta : *id + delta;
  return TRUE;
}

typedef struct
{
  CbDocument *document;    /* held while alive */
  guint32     partner;     /* the same document's other entry, or NO_ENTRY */
  guint32     when;        /* its date and time as a number, for the order of results */
  guint32     client;      /* the number of its client (cb_search_index's client_numbers), or NO_CLIENT */
  guint16     type_rank;   /* its type's place in the registry */
  guint8      alive;
  guint8      in_private;
} Entry;

#define NO_ENTRY G_MAXUINT32
#define NO_CLIENT G_MAXUINT32

/* What the index knows of a document it follows. */
typedef struct
{
  guint    version;        /* counts edits */
  guint32  public_id;
  guint32  private_id;
  gboolean queued;
} DocState;

/* A document's text, copied for the worker, and the words it found. */
typedef struct
{
  CbDocument *document;
  guint       version;
  char       *public_text;
  char       *private_text;
  GPtrArray  *public_words;
  GPtrArray  *private_words;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_object_unref (job->document);
  g_free (job->public_text);
  g_free (job->private_text);
  g_clear_pointer (&job->public_words, g_ptr_array_unref);
  g_clear_pointer (&job->private_words, g_ptr_array_unref);
  g_free (job);
}

struct _CbSearchIndex
{
  GObject      parent_instance;

  CbPractice  *practice;
  GArray      *entries;      /* Entry */
  guint        n_dead;
  GHashTable  *words;        /* folded word → Word */
  GHashTable  *buckets;      /* its first two characters → GPtrArray of the words' keys */
  GHashTable  *firsts;       /* a first character → GPtrArray of bucket keys */
  GHashTable  *docs;         /* CbDocument → DocState */
  GHashTable  *client_numbers; /* CbClient → its number + 1 (not held), for entries to name it */
  guint        merged_since_compact;
  guint        n_client_numbers;

  GQueue       queue;        /* CbDocument (held) waiting to be copied for the worker */
  guint        copy_id;
  guint        debounce_id;
  GThreadPool *worker;
  GAsyncQueue *done;         /* Job, words found */
  guint        in_flight;    /* jobs given to the worker, not merged yet */
  guint        merge_id;
  GMutex       merge_lock;   /* guards merge_id between the worker and the main thread */
};

G_DEFINE_FINAL_TYPE (CbSearchIndex, cb_search_index, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEXING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SLICE_USEC    4000
#define DEBOUNCE_MS   400
#define JOB_BATCH     64

static void schedule_copy (CbSearchIndex *self);

/* The worker: folds and cuts text into words. */

static GPtrArray *
words_of (const char *text)
{
  g_autofree char *folded = cb_search_fold (text, NULL);
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  collect_words (folded, set);
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (words, key);
      g_hash_table_iter_steal (&iter);
    }

  return words;
}

static gboolean merge_cb (gpointer data);

static void
worker_func (gpointer data,
             gpointer user_data)
{
  GPtrArray *batch = data;
  CbSearchIndex *self = user_data;

  cb_thread_give_way ();
  for (guint i = 0; i < batch->len; i++)
    {
      Job *job = batch->pdata[i];

      job->public_words = words_of (job->public_text);
      job->private_words = words_of (job->private_text);
      g_clear_pointer (&job->public_text, g_free);
      g_clear_pointer (&job->private_text, g_free);
      g_async_queue_push (self->done, job);
    }
  /* The jobs are the main thread's again, which frees them. */
  g_ptr_array_set_free_func (batch, NULL);
  g_ptr_array_unref (batch);

  g_mutex_lock (&self->merge_lock);
  if (self->merge_id == 0)
    self->merge_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, merge_cb, g_object_ref (self), g_object_unref);
  g_mutex_unlock (&self->merge_lock);
}

/* The main thread */

static void
kill_entry (CbSearchIndex *self,
            guint32        id)
{
  Entry *entry;

  if (id == NO_ENTRY)
    return;

  entry = &g_array_index (self->entries, Entry, id);
  if (!entry->alive)
    return;

  entry->alive = FALSE;
  g_clear_object (&entry->document);
  self->n_dead++;
}

static char *
bucket_key (const char *word)
{
  const char *second = g_utf8_next_char (word);

  return *second == '\0' ? g_strdup (word) : g_strndup (word, g_utf8_next_char (second) - word);
}

static Word *
word_for (CbSearchIndex *self,
          const char    *text)
{
  Word *word = g_hash_table_lookup (self->words, text);
  g_autofree char *key = NULL;
  GPtrArray *bucket;
  char *stored;

  if (word != NULL)
    return word;

  word = g_new0 (Word, 1);
  stored = g_strdup (text);
  g_hash_table_insert (self->words, stored, word);

  key = bucket_key (stored);
  bucket = g_hash_table_lookup (self->buckets, key);
  if (bucket == NULL)
    {
      g_autofree char *first = g_strndup (key, g_utf8_next_char (key) - key);
      GPtrArray *firsts = g_hash_table_lookup (self->firsts, first);
      char *stored_key = g_strdup (key);

      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->buckets, stored_key, bucket);
      if (firsts == NULL)
        {
          firsts = g_ptr_array_new ();
          g_hash_table_insert (self->firsts, g_steal_pointer (&first), firsts);
        }
      g_ptr_array_add (firsts, stored_key);
    }
  g_ptr_array_add (bucket, stored);

  return word;
}

static guint
type_rank (CbDocument *document)
{
  const GType *types;
  guint n_types;

  types = cb_document_get_all_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    if (G_OBJECT_TYPE (document) == types[i])
      return i;

  return n_types;
}

/* The document's date and time (its class's date_field and time_field)
 * as a number that orders them, G_MAXUINT32 for an undated one (shown
 * first, as the newest: a draft still being written). Worked out once,
 * when the document's words go in, so that a search that finds thousands
 * of documents orders them by comparing numbers. */
static guint32
document_when (CbDocument *document)
{
  CbDocumentClass *klass = CB_DOCUMENT_GET_CLASS (document);
  const char *date, *time = "";
  int y, m, d, hh = 0, mm = 0;

  if (klass->date_field == NULL)
    return 0;

  date = cb_record_get_string (CB_RECORD (document), klass->date_field);
  if (date == NULL || *date == '\0')
    return G_MAXUINT32;
  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return 0;
  if (klass->time_field != NULL)
    time = cb_record_get_string (CB_RECORD (document), klass->time_field);
  if (time != NULL && *time != '\0' && sscanf (time, "%2d:%2d", &hh, &mm) != 2)
    hh = mm = 0;

  return (guint32) ((((y * 13 + m) * 32 + d) * 24 + hh) * 60 + mm);
}

/* A number for the client of @document (the client itself, or its owner),
 * NO_CLIENT for the coach's own: a search for a client's name marks the
 * client's documents by going once through the entries. */
static guint32
client_number (CbSearchIndex *self,
               CbDocument    *document)
{
  CbDocument *client = CB_IS_CLIENT (document) ? document : cb_document_get_parent (document);
  gpointer number;

  if (!CB_IS_CLIENT (client))
    return NO_CLIENT;

  number = g_hash_table_lookup (self->client_numbers, client);
  if (number == NULL)
    {
      number = GUINT_TO_POINTER (++self->n_client_numbers);
      g_hash_table_insert (self->client_numbers, client, number);
    }

  return GPOINTER_TO_UINT (number) - 1;
}

static guint32
add_entry (CbSearchIndex *self,
           CbDocument    *document,
           gboolean       in_private,
           GPtrArray     *words)
{
  Entry entry = { g_object_ref (document), NO_ENTRY, document_when (document), client_number (self, document),
                  type_rank (document), TRUE, in_private };
  guint32 id;

  if (words == NULL || words->len == 0)
    {
      g_object_unref (entry.document);
      return NO_ENTRY;
    }

  id = self->entries->len;
  g_array_append_val (self->entries, entry);

  for (guint i = 0; i < words->len; i++)
    word_append (word_for (self, words->pdata[i]), id);

  return id;
}

/* Sweeps dead entries out of the words' lists, when there are many. */
static void
sweep (CbSearchIndex *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->n_dead < 4096 || self->n_dead * 4 < self->entries->len)
    return;

  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Word *word = value;
      Word kept = { NULL, 0, 0, 0, 0 };
      guint32 at = 0, id = 0;

      while (word_next (word, &at, &id))
        if (g_array_index (self->entries, Entry, id).alive)
          word_append (&kept, id);

      g_free (word->data);
      *word = kept;
    }

  self->n_dead = 0;
  for (guint i = 0; i < self->entries->len; i++)
    if (!g_array_index (self->entries, Entry, i).alive)
      self->n_dead++;
}

/* Once every word is in, what grew by steps is cut to size: the lists of
 * entries kept room to grow by a quarter, the entries by half. */
static void
compact (CbSearchIndex *self)
{
  GHashTableIter iter;
  gpointer value;
  GArray *entries;

  g_hash_table_iter_init (&iter, self->words);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Word *word = value;

      if (word->capacity > word->length)
        {
          word->data = g_realloc (word->data, MAX (word->length, 1));
          word->capacity = MAX (word->length, 1);
        }
    }

  entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), self->entries->len);
  g_array_append_vals (entries, self->entries->data, self->entries->len);
  g_array_unref (self->entries);
  self->entries = entries;
}

static void
notify_progress (CbSearchIndex *self,
                 gboolean       was_indexing)
{
  if (was_indexing != cb_search_index_get_indexing (self))
    {
      /* After reading a practice, not after each edit. */
      if (was_indexing && self->merged_since_compact > 1000)
        {
          compact (self);
          self->merged_since_compact = 0;
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXING]);
    }
}

static gboolean
merge_cb (gpointer data)
{
  CbSearchIndex *self = data;
  gint64 end = g_get_monotonic_time () + SLICE_USEC;
  gboolean was_indexing = cb_search_index_get_indexing (self);
  gboolean merged = FALSE;
  Job *job;

  g_mutex_lock (&self->merge_lock);
  self->merge_id = 0;
  g_mutex_unlock (&self->merge_lock);

  while (g_get_monotonic_time () < end && (job = g_async_queue_try_pop (self->done)) != NULL)
    {
      DocState *state = g_hash_table_lookup (self->docs, job->document);

      self->in_flight--;

      /* Still in the practice, and not edited since it was copied. */
      if (state != NULL && state->version == job->version)
        {
          kill_entry (self, state->public_id);
          kill_entry (self, state->private_id);
          state->public_id = add_entry (self, job->document, FALSE, job->public_words);
          state->private_id = add_entry (self, job->document, TRUE, job->private_words);
          self->merged_since_compact++;
          if (state->public_id != NO_ENTRY && state->private_id != NO_ENTRY)
            {
              g_array_index (self->entries, Entry, state->public_id).partner = state->private_id;
              g_array_index (self->entries, Entry, state->private_id).partner = state->public_id;
            }
          merged = TRUE;
        }
      job_free (job);
    }

  if (g_async_queue_length (self->done) > 0)
    {
      g_mutex_lock (&self->merge_lock);
      if (self->merge_id == 0)
        self->merge_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, merge_cb, g_object_ref (self), g_object_unref);
      g_mutex_unlock (&self->merge_lock);
    }
  else
    sweep (self);

  if (merged)
    g_signal_emit (self, signals[CHANGED], 0);
  notify_progress (self, was_indexing);

  return G_SOURCE_REMOVE;
}

/* Copies the text of waiting documents for the worker, a slice at a time. */
static gboolean
copy_cb (gpointer data)
{
  CbSearchIndex *self = data;
  gint64 end = g_get_monotonic_time () + SLICE_USEC;

  self->copy_id = 0;

  while (!g_queue_is_empty (&self->queue) && g_get_monotonic_time () < end)
    {
      GPtrArray *batch = g_ptr_array_new_with_free_func (job_free);

      while (batch->len < JOB_BATCH && !g_queue_is_empty (&self->queue))
        {
          g_autoptr(CbDocument) document = g_queue_pop_head (&self->queue);
          DocState *state = g_hash_table_lookup (self->docs, document);
          Snapshot snapshot = { g_string_new (NULL), g_string_new (NULL) };
          Job *job;

          if (state == NULL)
            {
              g_string_free (snapshot.public_text, TRUE);
              g_string_free (snapshot.private_text, TRUE);
              continue;
            }
          state->queued = FALSE;

          cb_search_foreach_field (CB_RECORD (document), append_field_text, &snapshot);
          job = g_new0 (Job, 1);
          job->document = g_object_ref (document);
          job->version = state->version;
          job->public_text = g_string_free (snapshot.public_text, FALSE);
          job->private_text = g_string_free (snapshot.private_text, FALSE);
          g_ptr_array_add (batch, job);
        }

      if (batch->len == 0)
        {
          g_ptr_array_unref (batch);
          continue;
        }

      self->in_flight += batch->len;
      g_thread_pool_push (self->worker, batch, NULL);
    }

  if (!g_queue_is_empty (&self->queue))
    schedule_copy (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_copy (CbSearchIndex *self)
{
  if (self->copy_id == 0)
    self->copy_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, copy_cb, self, NULL);
}

static void
queue_document (CbSearchIndex *self,
                CbDocument    *document)
{
  DocState *state = g_hash_table_lookup (self->docs, document);
  gboolean was_indexing = cb_search_index_get_indexing (self);

  if (state == NULL)
    {
      state = g_new0 (DocState, 1);
      state->public_id = state->private_id = NO_ENTRY;
      g_hash_table_insert (self->docs, g_object_ref (document), state);
    }

  state->version++;
  if (!state->queued)
    {
      state->queued = TRUE;
      g_queue_push_tail (&self->queue, g_object_ref (document));
    }

  notify_progress (self, was_indexing);
}

static void
forget_document (CbSearchIndex *self,
                 CbDocument    *document)
{
  DocState *state = g_hash_table_lookup (self->docs, document);

  if (state == NULL)
    return;

  kill_entry (self, state->public_id);
  kill_entry (self, state->private_id);
  g_hash_table_remove (self->docs, document);
}

static void
queue_client (CbSearchIndex *self,
              CbClient      *client)
{
  GListModel *documents = cb_client_get_documents (client);

  queue_document (self, CB_DOCUMENT (client));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);
      queue_document (self, document);
    }
}

static gboolean
on_debounce_cb (gpointer data)
{
  CbSearchIndex *self = data;

  self->debounce_id = 0;
  schedule_copy (self);
  return G_SOURCE_REMOVE;
}

static void
on_child_added_cb (CbDocument    *practice,
                   CbDocument    *child,
                   CbSearchIndex *self)
{
  /* The practice's wording of agreements is not a record of anyone. */
  if (cb_practice_has_template (self->practice, child))
    return;

  if (CB_IS_CLIENT (child))
    queue_client (self, CB_CLIENT (child));
  else
    queue_document (self, child);
  schedule_copy (self);
}

static void
on_child_removed_cb (CbDocument    *practice,
                     CbDocument    *child,
                     CbSearchIndex *self)
{
  if (CB_IS_CLIENT (child))
    {
      GListModel *documents = cb_client_get_documents (CB_CLIENT (child));

      for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
        {
          g_autoptr(CbDocument) document = g_list_model_get_item (documents, i);
          forget_document (self, document);
        }
    }

  forget_document (self, child);
  if (CB_IS_CLIENT (child))
    g_hash_table_remove (self->client_numbers, child);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_child_changed_cb (CbDocument    *practice,
                     CbDocument    *child,
                     GParamSpec    *pspec,
                     CbSearchIndex *self)
{
  if (!g_hash_table_contains (self->docs, child))
    return;

  /* Indexed again a moment after the last keystroke. */
  queue_document (self, child);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (DEBOUNCE_MS, on_debounce_cb, self);
}

/* Queries */

/* Sets in @bits the entries of every word that begins with @prefix. */
static void
mark_prefix (CbSearchIndex *self,
             const char    *prefix,
             guint64       *bits)
{
  g_autofree char *key = bucket_key (prefix);
  GPtrArray *buckets = NULL;
  GPtrArray *one = NULL;

  if (*g_utf8_next_char (prefix) == '\0')
    buckets = g_hash_table_lookup (self->firsts, prefix);
  else if ((one = g_hash_table_lookup (self->buckets, key)) == NULL)
    return;

  for (guint b = 0; b < (buckets != NULL ? buckets->len : 1); b++)
    {
      GPtrArray *bucket = buckets != NULL ? g_hash_table_lookup (self->buckets, buckets->pdata[b]) : one;

      for (guint w = 0; bucket != NULL && w < bucket->len; w++)
        {
          const char *text = bucket->pdata[w];
          guint32 at = 0, id = 0;
          Word *word;

          if (!g_str_has_prefix (text, prefix))
            continue;

          word = g_hash_table_lookup (self->words, text);
          while (word_next (word, &at, &id))
            bits[id / 64] |= G_GUINT64_CONSTANT (1) << (id % 64);
        }
    }
}

static inline gboolean
has_bit (const guint64 *bits,
         guint32        id)
{
  return (bits[id / 64] >> (id % 64)) & 1;
}

/* Sets the bit of each set entry's partner too. */
static void
spread_to_partners (CbSearchIndex *self,
                    guint64       *bits,
                    gsize          n_blocks)
{
  for (gsize b = 0; b < n_blocks; b++)
    {
      guint64 block = bits[b];

      while (block != 0)
        {
          guint32 id = (guint32) (b * 64 + (guint) __builtin_ctzll (block));
          guint32 partner;

          block &= block - 1;
          if (id >= self->entries->len)
            break;
          partner = g_array_index (self->entries, Entry, id).partner;
          if (partner != NO_ENTRY)
            bits[partner / 64] |= G_GUINT64_CONSTANT (1) << (partner % 64);
        }
    }
}

static inline void
set_bit (guint64 *bits,
         guint32  id)
{
  if (id != NO_ENTRY)
    bits[id / 64] |= G_GUINT64_CONSTANT (1) << (id % 64);
}

/* Sets the bits of the documents of each client whose profile's entry is
 * set (its private notes' only with @include_private): the clients found
 * are marked by their numbers, then every entry of a marked client is. */
static void
spread_to_documents (CbSearchIndex *self,
                     guint64       *bits,
                     gsize          n_blocks,
                     gboolean       include_private)
{
  g_autofree guint8 *marked = NULL;
  gboolean any = FALSE;

  if (self->n_client_numbers == 0)
    return;

  marked = g_new0 (guint8, self->n_client_numbers);
  for (gsize b = 0; b < n_blocks; b++)
    {
      guint64 block = bits[b];

      while (block != 0)
        {
          guint32 id = (guint32) (b * 64 + (guint) __builtin_ctzll (block));
          Entry *entry;

          block &= block - 1;
          if (id >= self->entries->len)
            break;
          entry = &g_array_index (self->entries, Entry, id);
          if (entry->alive && entry->client != NO_CLIENT && CB_IS_CLIENT (entry->document) &&
              (include_private || !entry->in_private))
            {
              marked[entry->client] = 1;
              any = TRUE;
            }
        }
    }

  if (!any)
    return;

  for (guint32 id = 0; id < self->entries->len; id++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, id);

      if (entry->client != NO_CLIENT && marked[entry->client] && entry->alive)
        set_bit (bits, id);
    }
}

typedef struct
{
  CbDocument *document;
  CbClient   *client;       /* or NULL for the coach's own */
  guint32     client_rank;  /* the client's place by name, the coach's own last */
  guint32     when;
  guint16     type_rank;
  gboolean    in_private;
} Found;

static int
client_compare (gconstpointer pa,
                gconstpointer pb)
{
  CbClient *a = *(CbClient **) pa;
  CbClient *b = *(CbClient **) pb;
  int cmp = strcmp (cb_client_get_sort_key (a), cb_client_get_sort_key (b));

  return cmp != 0 ? cmp : (a < b ? -1 : a > b);
}


static int
found_compare (gconstpointer pa,
               gconstpointer pb)
{
  const Found *a = pa;
  const Found *b = pb;

  /* Clients by name, the coach's own last. */
  if (a->client_rank != b->client_rank)
    return a->client_rank < b->client_rank ? -1 : 1;

  /* The client, then the documents by kind, newest first. */
  if (a->type_rank != b->type_rank)
    return a->type_rank < b->type_rank ? -1 : 1;
  if (a->when != b->when)
    return a->when > b->when ? -1 : 1;

  return cb_document_compare_newest_first (a->document, b->document);
}

/* GObject */

static void
cb_search_index_dispose (GObject *object)
{
  CbSearchIndex *self = CB_SEARCH_INDEX (object);

  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);

  g_clear_handle_id (&self->copy_id, g_source_remove);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->worker != NULL)
    {
      g_thread_pool_free (self->worker, FALSE, TRUE);
      self->worker = NULL;
    }
  g_mutex_lock (&self->merge_lock);
  g_clear_handle_id (&self->merge_id, g_source_remove);
  g_mutex_unlock (&self->merge_lock);

  g_queue_clear_full (&self->queue, g_object_unref);
  if (self->entries != NULL)
    for (guint i = 0; i < self->entries->len; i++)
      g_clear_object (&g_array_index (self->entries, Entry, i).document);
  g_clear_pointer (&self->docs, g_hash_table_unref);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cb_search_index_parent_class)->dispose (object);
}

static void
cb_search_index_finalize (GObject *object)
{
  CbSearchIndex *self = CB_SEARCH_INDEX (object);
  Job *job;

  while ((job = g_async_queue_try_pop (self->done)) != NULL)
    job_free (job);
  g_async_queue_unref (self->done);
  g_array_unref (self->entries);
  g_hash_table_unref (self->firsts);
  g_hash_table_unref (self->buckets);
  g_hash_table_unref (self->words);
  g_hash_table_unref (self->client_numbers);
  g_mutex_clear (&self->merge_lock);

  G_OBJECT_CLASS (cb_search_index_parent_class)->finalize (object);
}

static void
cb_search_index_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CbSearchIndex *self = CB_SEARCH_INDEX (object);

  switch (prop_id)
    {
    case PROP_INDEXING:
      g_value_set_boolean (value, cb_search_index_get_indexing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_search_index_class_init (CbSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_search_index_dispose;
  object_class->finalize = cb_search_index_finalize;
  object_class->get_property = cb_search_index_get_property;

  properties[PROP_INDEXING] =
    g_param_spec_boolean ("indexing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CbSearchIndex::changed:
   *
   * Emitted when documents went into or out of the index: a search may
   * find something else now.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ptr_array_unref (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
cb_search_index_init (CbSearchIndex *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_free);
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ptr_array_unref);
  self->firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ptr_array_unref);
  self->docs = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->client_numbers = g_hash_table_new (NULL, NULL);
  self->done = g_async_queue_new ();
  g_mutex_init (&self->merge_lock);
  g_queue_init (&self->queue);
  self->worker = g_thread_pool_new (worker_func, self, 1, FALSE, NULL);
}

/* Public API */

CbSearchIndex *
cb_search_index_new (CbPractice *practice)
{
  CbSearchIndex *self;
  GListModel *clients, *own;

  g_return_val_if_fail (CB_IS_PRACTICE (practice), NULL);

  self = g_object_new (CB_TYPE_SEARCH_INDEX, NULL);
  self->practice = g_object_ref (practice);

  g_signal_connect (practice, "child-added", G_CALLBACK (on_child_added_cb), self);
  g_signal_connect (practice, "child-removed", G_CALLBACK (on_child_removed_cb), self);
  g_signal_connect (practice, "child-changed", G_CALLBACK (on_child_changed_cb), self);

  clients = cb_practice_get_clients (practice);
  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(CbClient) client = g_list_model_get_item (clients, i);
      queue_client (self, client);
    }
  own = cb_practice_get_documents (practice);
  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(CbDocument) document = g_list_model_get_item (own, i);
      queue_document (self, document);
    }
  schedule_copy (self);

  return self;
}

gboolean
cb_search_index_get_indexing (CbSearchIndex *self)
{
  g_return_val_if_fail (CB_IS_SEARCH_INDEX (self), FALSE);

  return !g_queue_is_empty (&self->queue) || self->in_flight > 0;
}

GPtrArray *
cb_search_index_query (CbSearchIndex *self,
                       const char    *query,
                       gboolean       include_private,
                       guint          limit,
                       guint         *n_total)
{
  g_autofree char *folded = NULL;
  g_autoptr(GHashTable) set = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GHashTable) clients = NULL;
  g_autofree guint64 *strict = NULL;
  g_autofree guint64 *all = NULL;
  g_autofree guint64 *own = NULL;
  g_autofree guint64 *bits = NULL;
  GPtrArray *hits;
  GHashTableIter iter;
  gpointer key;
  gsize n_blocks;

  g_return_val_if_fail (CB_IS_SEARCH_INDEX (self), NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cb_search_hit_free);
  if (n_total != NULL)
    *n_total = 0;
  if (query == NULL || self->entries->len == 0)
    return hits;

  folded = cb_search_fold (query, NULL);
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_words (folded, set);
  if (g_hash_table_size (set) == 0)
    return hits;

  n_blocks = (self->entries->len + 63) / 64;
  strict = g_new (guint64, n_blocks);
  all = g_new (guint64, n_blocks);
  own = g_new0 (guint64, n_blocks);
  bits = g_new (guint64, n_blocks);
  memset (strict, 0xFF, n_blocks * sizeof (guint64));
  memset (all, 0xFF, n_blocks * sizeof (guint64));

  /* Every word of the query begins a word of the entry or of its
   * client's profile ("strict"), or, with private notes, of the entry's
   * partner too; and one of them at least begins a word of the document
   * itself ("own"): "wojcik pitch" finds the meeting with Zofia Wójcik
   * where the pitch came up, "wojcik" alone only her profile. */
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      memset (bits, 0, n_blocks * sizeof (guint64));
      mark_prefix (self, key, bits);
      for (gsize b = 0; b < n_blocks; b++)
        own[b] |= bits[b];
      spread_to_documents (self, bits, n_blocks, include_private);
      for (gsize b = 0; b < n_blocks; b++)
        strict[b] &= bits[b];
      if (include_private)
        {
          spread_to_partners (self, bits, n_blocks);
          for (gsize b = 0; b < n_blocks; b++)
            all[b] &= bits[b];
        }
    }
  if (!include_private)
    memcpy (all, strict, n_blocks * sizeof (guint64));
  else
    spread_to_partners (self, own, n_blocks);
  for (gsize b = 0; b < n_blocks; b++)
    all[b] &= own[b];

  found = g_array_new (FALSE, FALSE, sizeof (Found));
  clients = g_hash_table_new (NULL, NULL);
  for (gsize b = 0; b < n_blocks; b++)
    {
      guint64 block = all[b];

      while (block != 0)
        {
          guint bit = (guint) __builtin_ctzll (block);
          guint32 id = (guint32) (b * 64 + bit);
          Entry *entry;
          CbDocument *parent;
          Found f;

          block &= block - 1;
          if (id >= self->entries->len)
            break;

          entry = &g_array_index (self->entries, Entry, id);
          if (!entry->alive || (entry->in_private && !include_private))
            continue;
          /* One hit a document: its notes' entry stands back when the rest
           * of it was found too. */
          if (entry->in_private && entry->partner != NO_ENTRY && has_bit (all, entry->partner))
            continue;

          /* "In private notes" when what is not private does not have it all. */
          {
            guint32 public_id = entry->in_private ? entry->partner : id;

            f.in_private = public_id == NO_ENTRY || !has_bit (strict, public_id);
          }

          parent = cb_document_get_parent (entry->document);
          f.document = entry->document;
          f.client = CB_IS_CLIENT (entry->document) ? CB_CLIENT (entry->document)
                     : CB_IS_CLIENT (parent) ? CB_CLIENT (parent) : NULL;
          f.client_rank = G_MAXUINT32;
          f.when = entry->when;
          f.type_rank = entry->type_rank;
          if (f.client != NULL)
            g_hash_table_add (clients, f.client);
          g_array_append_val (found, f);
        }
    }

  /* The clients found, by name: each one's place orders its hits. */
  {
    g_autoptr(GPtrArray) order = g_ptr_array_sized_new (g_hash_table_size (clients));
    GHashTableIter citer;
    gpointer client;

    g_hash_table_iter_init (&citer, clients);
    while (g_hash_table_iter_next (&citer, &client, NULL))
      g_ptr_array_add (order, client);
    g_ptr_array_sort (order, client_compare);
    for (guint i = 0; i < order->len; i++)
      g_hash_table_insert (clients, order->pdata[i], GUINT_TO_POINTER (i));
    for (guint i = 0; i < found->len; i++)
      {
        Found *f = &g_array_index (found, Found, i);

        if (f->client != NULL)
          f->client_rank = GPOINTER_TO_UINT (g_hash_table_lookup (clients, f->client));
      }
  }

  if (n_total != NULL)
    *n_total = found->len;

  /* In the order of clients (a bucket each, the coach's own last), and
   * within a client by kind and newest first: only the buckets that hold
   * the first @limit hits need sorting. */
  {
    guint n_buckets = g_hash_table_size (clients) + 1;
    g_autofree guint *starts = g_new0 (guint, n_buckets + 1);
    g_autofree Found *ordered = g_new (Found, MAX (found->len, 1));
    guint wanted = limit == 0 ? found->len : MIN (limit, found->len);

    for (guint i = 0; i < found->len; i++)
      {
        Found *f = &g_array_index (found, Found, i);
        guint bucket = f->client != NULL ? f->client_rank : n_buckets - 1;

        starts[bucket + 1]++;
      }
    for (guint b = 0; b < n_buckets; b++)
      starts[b + 1] += starts[b];
    {
      g_autofree guint *fill = g_memdup2 (starts, (n_buckets + 1) * sizeof (guint));

      for (guint i = 0; i < found->len; i++)
        {
          Found *f = &g_array_index (found, Found, i);
          guint bucket = f->client != NULL ? f->client_rank : n_buckets - 1;

          ordered[fill[bucket]++] = *f;
        }
    }
    for (guint b = 0; b < n_buckets && starts[b] < wanted; b++)
      qsort (ordered + starts[b], starts[b + 1] - starts[b], sizeof (Found), found_compare);

    for (guint i = 0; i < wanted; i++)
      {
        Found *f = &ordered[i];
        CbSearchHit *hit = g_new0 (CbSearchHit, 1);

        hit->document = g_object_ref (f->document);
        hit->client = f->client != NULL ? g_object_ref (f->client) : NULL;
        hit->in_private = f->in_private;
        g_ptr_array_add (hits, hit);
      }
  }

  return hits;
}

void
cb_search_index_wait (CbSearchIndex *self)
{
  g_return_if_fail (CB_IS_SEARCH_INDEX (self));

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (!g_queue_is_empty (&self->queue))
    schedule_copy (self);

  while (cb_search_index_get_indexing (self))
    g_main_context_iteration (NULL, TRUE);
}

void
cb_search_hit_free (CbSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_clear_object (&hit->document);
  g_clear_object (&hit->client);
  g_free (hit);
}
