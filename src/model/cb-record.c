/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-record"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cb-enums.h"
#include "cb-record.h"

/* One machine word per field, whatever its kind: a client book holds
 * thousands of records, and a GValue per field would triple their size.
 * Strings read from a file live in one block per record (the pool) and
 * are only copied out when edited. */
typedef union
{
  char     *s;   /* NULL for empty */
  gint64    i;
  double    d;   /* DECIMAL, in hundredths exactly as cb_decimal_round() leaves it */
  gboolean  b;
  int       e;
  guint     f;
  char    **v;   /* NULL for empty */
  CbRecord *r;
  struct _CbRows *t; /* rows of a table, made when first needed */
} Slot;

typedef struct
{
  Slot           *slots;         /* only the fields in @present, in field order */
  guint64         present;       /* which fields have a slot (all, for a class of more than 64) */
  char           *pool;
  gsize           pool_size;
  CbRecord       *owner;         /* the record this one is nested in or a row of;
                                  * it unsets this before it goes, or lets go of the row */
  guint           freeze_count;
  guint           editable : 1;
} CbRecordPrivate;

/* The rows of a table: a list model of records that holds them in one
 * array. A book has tens of thousands of rows (actions), and a GListStore
 * costs a sequence node for each and a sequence for each table. */
#define CB_TYPE_ROWS (cb_rows_get_type ())
G_DECLARE_FINAL_TYPE (CbRows, cb_rows, CB, ROWS, GObject)

struct _CbRows
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;     /* CbRecord, held; NULL while empty */
};

static GType
cb_rows_get_item_type (GListModel *list)
{
  return CB_ROWS (list)->item_type;
}

static guint
cb_rows_get_n_items (GListModel *list)
{
  CbRows *self = CB_ROWS (list);

  return self->items != NULL ? self->items->len : 0;
}

static gpointer
cb_rows_get_item (GListModel *list,
                  guint       position)
{
  CbRows *self = CB_ROWS (list);

  if (self->items == NULL || position >= self->items->len)
    return NULL;

  return g_object_ref (self->items->pdata[position]);
}

static void
cb_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cb_rows_get_item_type;
  iface->get_n_items = cb_rows_get_n_items;
  iface->get_item = cb_rows_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CbRows, cb_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cb_rows_list_model_init))

static void
cb_rows_finalize (GObject *object)
{
  g_clear_pointer (&CB_ROWS (object)->items, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_rows_parent_class)->finalize (object);
}

static void
cb_rows_class_init (CbRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cb_rows_finalize;
}

static void
cb_rows_init (CbRows *self)
{
}

static CbRows *
cb_rows_new (GType item_type)
{
  CbRows *self = g_object_new (CB_TYPE_ROWS, NULL);

  self->item_type = item_type;
  return self;
}

static void
cb_rows_append (CbRows   *self,
                CbRecord *row)
{
  if (self->items == NULL)
    self->items = g_ptr_array_new_full (2, g_object_unref);
  g_ptr_array_add (self->items, g_object_ref (row));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

static gboolean
cb_rows_find (CbRows   *self,
              CbRecord *row,
              guint    *position)
{
  return self != NULL && self->items != NULL && g_ptr_array_find (self->items, row, position);
}

static void
cb_rows_remove (CbRows *self,
                guint   position)
{
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

G_DEFINE_TYPE_WITH_PRIVATE (CbRecord, cb_record, G_TYPE_OBJECT)

/* Fields without a value take no room: a meeting has forty fields and a
 * book's meetings use fifteen of them. A record keeps a slot only for the
 * fields in its bitmap, packed in field order; one that has more than 64
 * fields keeps one for each. A field without a slot reads as empty (or,
 * for a choice, its default: choices always have one). */
#define DENSE_LIMIT 64

static const Slot empty_slot;

static inline gboolean
is_dense (CbRecordClass *klass)
{
  return klass->n_fields > DENSE_LIMIT;
}

static inline Slot *
slot_at (CbRecord *self,
         guint     index)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  guint64 bit;

  if (is_dense (CB_RECORD_GET_CLASS (self)))
    return &priv->slots[index];

  bit = G_GUINT64_CONSTANT (1) << index;
  if ((priv->present & bit) == 0)
    return NULL;

  return &priv->slots[__builtin_popcountll (priv->present & (bit - 1))];
}

/* The slot of field @index for reading: an empty one if it has none. */
static inline const Slot *
slot_get (CbRecord *self,
          guint     index)
{
  const Slot *slot = slot_at (self, index);

  return slot != NULL ? slot : &empty_slot;
}

/* The slot of field @index for writing, made (empty) if need be. Slots of
 * the other fields may move: no pointer to one is kept across this. */
static Slot *
slot_ensure (CbRecord *self,
             guint     index)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  Slot *slot = slot_at (self, index);
  guint64 bit;
  guint n, at;

  if (slot != NULL)
    return slot;

  bit = G_GUINT64_CONSTANT (1) << index;
  n = __builtin_popcountll (priv->present);
  at = __builtin_popcountll (priv->present & (bit - 1));
  priv->slots = g_renew (Slot, priv->slots, n + 1);
  memmove (&priv->slots[at + 1], &priv->slots[at], (n - at) * sizeof (Slot));
  memset (&priv->slots[at], 0, sizeof (Slot));
  priv->present |= bit;

  return &priv->slots[at];
}

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark field_index_quark;

static int
pspec_field_index (GParamSpec *pspec)
{
  return GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, field_index_quark)) - 1;
}

static gboolean
is_string_kind (CbFieldKind kind)
{
  return kind == CB_FIELD_LINE || kind == CB_FIELD_TEXT || kind == CB_FIELD_EMAIL ||
         kind == CB_FIELD_PHONE || kind == CB_FIELD_DATE || kind == CB_FIELD_FILE ||
         kind == CB_FIELD_TIME;
}

/* Whether field @index exists and is of @kind (CB_FIELD_LINE stands for
 * any kind held as a string). */
static gboolean
has_field_of_kind (CbRecord    *self,
                   guint        index,
                   CbFieldKind  kind)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);
  CbFieldKind actual;

  if (index >= klass->n_fields)
    return FALSE;

  actual = klass->fields[index].kind;
  return actual == kind || (kind == CB_FIELD_LINE && is_string_kind (actual));
}

/* The field called @name, which must be of @kind (CB_FIELD_LINE stands for
 * any kind held as a string), or -1 after a critical. */
static int
named_field (CbRecord    *self,
             const char  *name,
             CbFieldKind  kind)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);
  int index = cb_record_class_find_field (klass, name);

  if (index < 0)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
      return -1;
    }

  if (!has_field_of_kind (self, index, kind))
    {
      g_critical ("The field “%s” of %s is a %s, not a %s", name, G_OBJECT_TYPE_NAME (self),
                  cb_field_kind_to_string (klass->fields[index].kind), cb_field_kind_to_string (kind));
      return -1;
    }

  return index;
}

static gboolean
in_pool (CbRecordPrivate *priv,
         const char      *s)
{
  return priv->pool != NULL && s >= priv->pool && s < priv->pool + priv->pool_size;
}

static void
free_string (CbRecordPrivate *priv,
             char            *s)
{
  if (s != NULL && !in_pool (priv, s))
    g_free (s);
}

/* The rows of table field @index, made when first needed: most tables of
 * a book are empty, and a store for each would cost more than its rows. */
static CbRows *
ensure_table (CbRecord *self,
              guint     index)
{
  Slot *slot = slot_ensure (self, index);

  if (slot->t == NULL)
    slot->t = cb_rows_new (CB_RECORD_GET_CLASS (self)->fields[index].type_func ());

  return slot->t;
}

static void
slot_to_value (const CbFieldSpec *spec,
               const Slot        *slot,
               GValue            *value)
{
  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_DATE:
    case CB_FIELD_FILE:
    case CB_FIELD_TIME:
      g_value_set_string (value, slot->s != NULL ? slot->s : "");
      break;
    case CB_FIELD_TABLE:
      g_value_set_object (value, slot->t);
      break;
    case CB_FIELD_INTEGER:
      g_value_set_int64 (value, slot->i);
      break;
    case CB_FIELD_DECIMAL:
      g_value_set_double (value, slot->d);
      break;
    case CB_FIELD_BOOLEAN:
      g_value_set_boolean (value, slot->b);
      break;
    case CB_FIELD_CHOICE:
      g_value_set_enum (value, slot->e);
      break;
    case CB_FIELD_MULTI_CHOICE:
      g_value_set_flags (value, slot->f);
      break;
    case CB_FIELD_LIST:
      g_value_set_boxed (value, slot->v);
      break;
    case CB_FIELD_RECORD:
      g_value_set_object (value, slot->r);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
strv_equal (char **a,
            char **b)
{
  guint la = a != NULL ? g_strv_length (a) : 0;
  guint lb = b != NULL ? g_strv_length (b) : 0;

  if (la != lb)
    return FALSE;
  for (guint i = 0; i < la; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Stores @value in @slot unless it is already there; TRUE if it changed. */
/* Setting a field without a slot to its empty value changes nothing and
 * takes no room. */
static gboolean
value_is_empty_for_absent (CbRecord          *self,
                           guint              index,
                           const CbFieldSpec *spec,
                           const GValue      *value)
{
  return slot_at (self, index) == NULL && cb_field_value_is_empty (spec, value);
}

static gboolean
value_to_slot (CbRecordPrivate   *priv,
               const CbFieldSpec *spec,
               Slot              *slot,
               const GValue      *value)
{
  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_DATE:
    case CB_FIELD_FILE:
    case CB_FIELD_TIME:
      {
        const char *s = g_value_get_string (value);

        if (s != NULL && *s == '\0')
          s = NULL;
        if (g_strcmp0 (slot->s, s) == 0)
          return FALSE;
        free_string (priv, slot->s);
        slot->s = g_strdup (s);
      }
      return TRUE;
    case CB_FIELD_INTEGER:
      if (slot->i == g_value_get_int64 (value))
        return FALSE;
      slot->i = g_value_get_int64 (value);
      return TRUE;
    case CB_FIELD_DECIMAL:
      {
        double d = cb_decimal_round (g_value_get_double (value));

        if (slot->d == d)
          return FALSE;
        slot->d = d;
      }
      return TRUE;
    case CB_FIELD_BOOLEAN:
      if (!slot->b == !g_value_get_boolean (value))
        return FALSE;
      slot->b = !!g_value_get_boolean (value);
      return TRUE;
    case CB_FIELD_CHOICE:
      if (slot->e == g_value_get_enum (value))
        return FALSE;
      slot->e = g_value_get_enum (value);
      return TRUE;
    case CB_FIELD_MULTI_CHOICE:
      if (slot->f == g_value_get_flags (value))
        return FALSE;
      slot->f = g_value_get_flags (value);
      return TRUE;
    case CB_FIELD_LIST:
      {
        char **v = g_value_get_boxed (value);

        if (v != NULL && v[0] == NULL)
          v = NULL;
        if (strv_equal (slot->v, v))
          return FALSE;
        g_strfreev (slot->v);
        slot->v = g_strdupv (v);
      }
      return TRUE;
    case CB_FIELD_RECORD:
    case CB_FIELD_TABLE:
    default:
      g_assert_not_reached ();
    }
}

static void emit_changed (CbRecord *self);

/* An edit inside a nested record or a table row is an edit of the field
 * holding it: the owner changes, and so do its owners. */
static void
nested_changed (CbRecord *self,
                guint     index)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);

  if (priv->freeze_count > 0)
    return;

  emit_changed (self);
  if (klass->field_changed != NULL)
    klass->field_changed (self, klass->field_pspecs[index]);
}

/* A nested record or a row tells the record holding it of its edits
 * directly: a signal handler (or a weak reference) per row would cost
 * more than the row itself, and a book holds tens of thousands. The owner
 * unsets the pointer when it lets go of the row, and before it goes. */
static void
child_changed (CbRecord *child,
               CbRecord *self)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      guint position;

      if ((klass->fields[i].kind == CB_FIELD_RECORD && slot_get (self, i)->r == child) ||
          (klass->fields[i].kind == CB_FIELD_TABLE && cb_rows_find (slot_get (self, i)->t, child, &position)))
        {
          nested_changed (self, i);
          return;
        }
    }
}

static void
set_owner (CbRecord *child,
           CbRecord *owner)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (child);

  priv->owner = owner;
}

/* @self lets go of @child (a row of another table by now keeps that one). */
static void
release_child (CbRecord *self,
               CbRecord *child)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (child);

  if (priv->owner == self)
    priv->owner = NULL;
}

/* Emits ::changed, and tells the record holding this one (which emits
 * its own, and so on up). */
static void
emit_changed (CbRecord *self)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  g_signal_emit (self, signals[CHANGED], 0);

  if (priv->owner != NULL)
    child_changed (self, priv->owner);
}

/* A row joined table @index (@row), or left it (NULL): the record is
 * edited. Tables change only through cb_record_add_row() and the like,
 * so no handler on each table's store is needed to hear of it. */
static void
rows_changed (CbRecord *self,
              guint     index,
              CbRecord *row)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  if (row != NULL)
    {
      cb_record_set_editable (row, priv->editable);
      set_owner (row, self);
    }

  nested_changed (self, index);
}

static void
cb_record_constructed (GObject *object)
{
  CbRecord *self = CB_RECORD (object);
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (cb_record_parent_class)->constructed (object);

  if (klass->n_fields == 0)
    return;

  /* Choices (whose default is not zero) and nested records have a slot
   * from the start; the others when they get a value. */
  if (is_dense (klass))
    priv->slots = g_new0 (Slot, klass->n_fields);
  else
    {
      guint n = 0;

      for (guint i = 0; i < klass->n_fields; i++)
        if (klass->fields[i].kind == CB_FIELD_CHOICE || klass->fields[i].kind == CB_FIELD_RECORD)
          {
            priv->present |= G_GUINT64_CONSTANT (1) << i;
            n++;
          }
      priv->slots = n > 0 ? g_new0 (Slot, n) : NULL;
    }

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const CbFieldSpec *spec = &klass->fields[i];

      if (spec->kind == CB_FIELD_CHOICE)
        {
          slot_at (self, i)->e = G_PARAM_SPEC_ENUM (klass->field_pspecs[i])->default_value;
        }
      else if (spec->kind == CB_FIELD_RECORD)
        {
          CbRecord *child = g_object_new (spec->type_func (), NULL);

          set_owner (child, self);
          slot_at (self, i)->r = child;
        }
    }
}

static void
cb_record_finalize (GObject *object)
{
  CbRecord *self = CB_RECORD (object);
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass = CB_RECORD_GET_CLASS (self);

  if (priv->slots != NULL)
    {
      for (guint i = 0; i < klass->n_fields; i++)
        {
          CbFieldKind kind = klass->fields[i].kind;
          Slot *slot = slot_at (self, i);

          if (slot == NULL)
            continue;
          if (is_string_kind (kind))
            free_string (priv, slot->s);
          else if (kind == CB_FIELD_LIST)
            g_strfreev (slot->v);
          else if (kind == CB_FIELD_RECORD && slot->r != NULL)
            {
              /* Someone may hold it still: it is no longer part of this one. */
              release_child (self, slot->r);
              g_clear_object (&slot->r);
            }
          else if (kind == CB_FIELD_TABLE && slot->t != NULL)
            {
              CbRows *rows = slot->t;

              for (guint r = 0; rows->items != NULL && r < rows->items->len; r++)
                release_child (self, rows->items->pdata[r]);
              g_clear_object (&slot->t);
            }
        }
      g_free (priv->slots);
    }

  g_free (priv->pool);

  G_OBJECT_CLASS (cb_record_parent_class)->finalize (object);
}

static void
cb_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CbRecord *self = CB_RECORD (object);
  int index = pspec_field_index (pspec);

  if (index < 0)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (CB_RECORD_GET_CLASS (self)->fields[index].kind == CB_FIELD_TABLE)
    ensure_table (self, index);
  slot_to_value (&CB_RECORD_GET_CLASS (self)->fields[index], slot_get (self, index), value);
}

static void
cb_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CbRecord *self = CB_RECORD (object);
  int index = pspec_field_index (pspec);

  if (index < 0)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  cb_record_set_value (self, index, value);
}

static void
cb_record_class_init (CbRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_record_constructed;
  object_class->finalize = cb_record_finalize;
  object_class->get_property = cb_record_get_property;
  object_class->set_property = cb_record_set_property;

  field_index_quark = g_quark_from_static_string ("cb-record-field-index");

  /**
   * CbRecord::changed:
   *
   * Emitted after any field of the record, or of a record nested in it,
   * has changed through an edit.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CbRecordClass, changed),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cb_record_init (CbRecord *self)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  priv->editable = TRUE;
}

void
cb_record_class_install_fields (CbRecordClass      *klass,
                                const CbFieldSpec  *fields,
                                guint               n_fields,
                                const CbFieldGroup *groups,
                                guint               n_groups)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  g_return_if_fail (CB_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->n_fields == 0);

  /* GObject does not inherit these: each class that owns fields dispatches
   * them to the record's accessors unless it handles its own first. */
  if (object_class->get_property == NULL)
    object_class->get_property = cb_record_get_property;
  if (object_class->set_property == NULL)
    object_class->set_property = cb_record_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->groups = groups;
  klass->n_groups = n_groups;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields);
  klass->variant_index = -1;
  klass->field_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_fields; i++)
    {
      const CbFieldSpec *spec = &fields[i];
      g_autofree char *prop_name = cb_field_spec_property_name (spec);
      const char *name = g_intern_string (prop_name);
      GParamSpec *pspec = NULL;

      switch (spec->kind)
        {
        case CB_FIELD_LINE:
        case CB_FIELD_TEXT:
        case CB_FIELD_EMAIL:
        case CB_FIELD_PHONE:
        case CB_FIELD_DATE:
        case CB_FIELD_FILE:
          pspec = g_param_spec_string (name, NULL, NULL, "", flags);
          break;
        case CB_FIELD_INTEGER:
          pspec = g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case CB_FIELD_DECIMAL:
          pspec = g_param_spec_double (name, NULL, NULL, 0.0, CB_DECIMAL_MAX, 0.0, flags);
          break;
        case CB_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        case CB_FIELD_CHOICE:
          {
            GType t = spec->type_func ();
            g_autoptr(GEnumClass) ec = g_type_class_ref (t);
            pspec = g_param_spec_enum (name, NULL, NULL, t, ec->values[0].value, flags);
          }
          break;
        case CB_FIELD_MULTI_CHOICE:
          pspec = g_param_spec_flags (name, NULL, NULL, spec->type_func (), 0, flags);
          break;
        case CB_FIELD_LIST:
          pspec = g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, flags);
          break;
        case CB_FIELD_RECORD:
          pspec = g_param_spec_object (name, NULL, NULL, spec->type_func (),
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
          break;
        case CB_FIELD_TABLE:
          pspec = g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
          break;
        case CB_FIELD_TIME:
          pspec = g_param_spec_string (name, NULL, NULL, "", flags);
          break;
        default:
          g_assert_not_reached ();
        }

      g_param_spec_set_qdata (pspec, field_index_quark, GINT_TO_POINTER (i + 1));
      g_hash_table_insert (klass->field_index, (gpointer) spec->name, GINT_TO_POINTER (i + 1));
      klass->field_pspecs[i] = pspec;
      g_object_class_install_property (object_class, 1000 + i, pspec);
    }
}

const CbFieldSpec *
cb_record_class_get_fields (CbRecordClass *klass,
                            guint         *n_fields)
{
  g_return_val_if_fail (CB_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

const CbFieldGroup *
cb_record_class_get_groups (CbRecordClass *klass,
                            guint         *n_groups)
{
  g_return_val_if_fail (CB_IS_RECORD_CLASS (klass), NULL);

  if (n_groups != NULL)
    *n_groups = klass->n_groups;
  return klass->groups;
}

int
cb_record_class_find_field (CbRecordClass *klass,
                            const char    *name)
{
  if (klass->field_index == NULL)
    return -1;

  return GPOINTER_TO_INT (g_hash_table_lookup (klass->field_index, name)) - 1;
}

const CbFieldSpec *
cb_record_get_fields (CbRecord *self,
                      guint    *n_fields)
{
  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  return cb_record_class_get_fields (CB_RECORD_GET_CLASS (self), n_fields);
}

const CbFieldSpec *
cb_record_get_field (CbRecord *self,
                     guint     index)
{
  CbRecordClass *klass;

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  klass = CB_RECORD_GET_CLASS (self);
  g_return_val_if_fail (index < klass->n_fields, NULL);

  return &klass->fields[index];
}

GParamSpec *
cb_record_get_field_pspec (CbRecord *self,
                           guint     index)
{
  CbRecordClass *klass;

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  klass = CB_RECORD_GET_CLASS (self);
  g_return_val_if_fail (index < klass->n_fields, NULL);

  return klass->field_pspecs[index];
}

void
cb_record_get_value (CbRecord *self,
                     guint     index,
                     GValue   *value)
{
  CbRecordClass *klass;

  g_return_if_fail (CB_IS_RECORD (self));
  klass = CB_RECORD_GET_CLASS (self);
  g_return_if_fail (index < klass->n_fields);

  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (klass->field_pspecs[index]));
  if (klass->fields[index].kind == CB_FIELD_TABLE)
    ensure_table (self, index);
  slot_to_value (&klass->fields[index], slot_get (self, index), value);
}

const char *
cb_record_get_string_at (CbRecord *self,
                         guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), "");
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_LINE), "");

  return slot_get (self, index)->s != NULL ? slot_get (self, index)->s : "";
}

void
cb_record_set_string_at (CbRecord   *self,
                         guint       index,
                         const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_LINE));

  if (g_strcmp0 (cb_record_get_string_at (self, index), value != NULL ? value : "") == 0)
    return;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  cb_record_set_value (self, index, &v);
}

int
cb_record_get_enum_at (CbRecord *self,
                       guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), 0);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_CHOICE), 0);

  return slot_get (self, index)->e;
}

void
cb_record_set_enum_at (CbRecord *self,
                       guint     index,
                       int       value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_CHOICE));

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (CB_RECORD_GET_CLASS (self)->field_pspecs[index]));
  g_value_set_enum (&v, value);
  cb_record_set_value (self, index, &v);
}

guint
cb_record_get_flags_at (CbRecord *self,
                        guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), 0);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_MULTI_CHOICE), 0);

  return slot_get (self, index)->f;
}

void
cb_record_set_flags_at (CbRecord *self,
                        guint     index,
                        guint     value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_MULTI_CHOICE));

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (CB_RECORD_GET_CLASS (self)->field_pspecs[index]));
  g_value_set_flags (&v, value);
  cb_record_set_value (self, index, &v);
}

gboolean
cb_record_get_boolean_at (CbRecord *self,
                          guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), FALSE);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_BOOLEAN), FALSE);

  return slot_get (self, index)->b;
}

void
cb_record_set_boolean_at (CbRecord *self,
                          guint     index,
                          gboolean  value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_BOOLEAN));

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  cb_record_set_value (self, index, &v);
}

gint64
cb_record_get_integer_at (CbRecord *self,
                          guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), 0);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_INTEGER), 0);

  return slot_get (self, index)->i;
}

void
cb_record_set_integer_at (CbRecord *self,
                          guint     index,
                          gint64    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_INTEGER));

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  cb_record_set_value (self, index, &v);
}

double
cb_record_get_decimal_at (CbRecord *self,
                          guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), 0.0);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_DECIMAL), 0.0);

  return slot_get (self, index)->d;
}

void
cb_record_set_decimal_at (CbRecord *self,
                          guint     index,
                          double    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_DECIMAL));

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  cb_record_set_value (self, index, &v);
}

GStrv
cb_record_dup_strv_at (CbRecord *self,
                       guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), NULL);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_LIST), NULL);

  return slot_get (self, index)->v != NULL ? g_strdupv (slot_get (self, index)->v) : g_new0 (char *, 1);
}

void
cb_record_set_strv_at (CbRecord           *self,
                       guint               index,
                       const char * const *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (has_field_of_kind (self, index, CB_FIELD_LIST));

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, value);
  cb_record_set_value (self, index, &v);
}

CbRecord *
cb_record_get_record_at (CbRecord *self,
                         guint     index)
{
  g_return_val_if_fail (CB_IS_RECORD (self), NULL);
  g_return_val_if_fail (has_field_of_kind (self, index, CB_FIELD_RECORD), NULL);

  return slot_get (self, index)->r;
}

void
cb_record_set_value (CbRecord     *self,
                     guint         index,
                     const GValue *value)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass;
  const CbFieldSpec *spec;

  g_return_if_fail (CB_IS_RECORD (self));
  klass = CB_RECORD_GET_CLASS (self);
  g_return_if_fail (index < klass->n_fields);

  spec = &klass->fields[index];

  g_return_if_fail (spec->kind != CB_FIELD_RECORD && spec->kind != CB_FIELD_TABLE);
  g_return_if_fail (G_VALUE_HOLDS (value, G_PARAM_SPEC_VALUE_TYPE (klass->field_pspecs[index])));

  if (priv->freeze_count == 0 && !priv->editable)
    return;

  if (spec->kind == CB_FIELD_DECIMAL)
    g_return_if_fail (cb_decimal_is_valid (g_value_get_double (value)));

  if (spec->kind == CB_FIELD_DATE || spec->kind == CB_FIELD_TIME)
    {
      const char *s = g_value_get_string (value);

      g_return_if_fail (s == NULL || *s == '\0' ||
                        (spec->kind == CB_FIELD_DATE ? cb_date_is_valid_iso (s) : cb_time_is_valid (s)));
    }

  if (value_is_empty_for_absent (self, index, spec, value))
    return;
  if (!value_to_slot (priv, spec, slot_ensure (self, index), value))
    return;

  if (priv->freeze_count > 0)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[index]);
  emit_changed (self);

  if (klass->field_changed != NULL)
    klass->field_changed (self, klass->field_pspecs[index]);
}

char *
cb_record_alloc_string_pool (CbRecord *self,
                             gsize     size)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);
  g_return_val_if_fail (priv->pool == NULL, NULL);
  g_return_val_if_fail (priv->freeze_count > 0, NULL);

  if (size == 0)
    return NULL;

  priv->pool = g_malloc (size);
  priv->pool_size = size;
  return priv->pool;
}

void
cb_record_set_pooled_string (CbRecord   *self,
                             guint       index,
                             const char *value)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass;
  Slot *slot;

  g_return_if_fail (CB_IS_RECORD (self));
  klass = CB_RECORD_GET_CLASS (self);
  g_return_if_fail (index < klass->n_fields);
  g_return_if_fail (is_string_kind (klass->fields[index].kind));
  g_return_if_fail (priv->freeze_count > 0);
  g_return_if_fail (value == NULL || in_pool (priv, value));

  if (value == NULL || *value == '\0')
    {
      if ((slot = slot_at (self, index)) != NULL)
        {
          free_string (priv, slot->s);
          slot->s = NULL;
        }
      return;
    }
  slot = slot_ensure (self, index);
  free_string (priv, slot->s);
  slot->s = value != NULL && *value != '\0' ? (char *) value : NULL;
}

const char *
cb_record_get_string (CbRecord   *self,
                      const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), "");

  index = named_field (self, name, CB_FIELD_LINE);
  return index >= 0 ? cb_record_get_string_at (self, index) : "";
}

void
cb_record_set_string (CbRecord   *self,
                      const char *name,
                      const char *value)
{
  int index;

  g_return_if_fail (CB_IS_RECORD (self));

  index = named_field (self, name, CB_FIELD_LINE);
  if (index >= 0)
    cb_record_set_string_at (self, index, value);
}

int
cb_record_get_enum (CbRecord   *self,
                    const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), 0);

  index = named_field (self, name, CB_FIELD_CHOICE);
  return index >= 0 ? cb_record_get_enum_at (self, index) : 0;
}

void
cb_record_set_enum (CbRecord   *self,
                    const char *name,
                    int         value)
{
  int index;

  g_return_if_fail (CB_IS_RECORD (self));

  index = named_field (self, name, CB_FIELD_CHOICE);
  if (index >= 0)
    cb_record_set_enum_at (self, index, value);
}

guint
cb_record_get_flags (CbRecord   *self,
                     const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), 0);

  index = named_field (self, name, CB_FIELD_MULTI_CHOICE);
  return index >= 0 ? cb_record_get_flags_at (self, index) : 0;
}

void
cb_record_set_flags (CbRecord   *self,
                     const char *name,
                     guint       value)
{
  int index;

  g_return_if_fail (CB_IS_RECORD (self));

  index = named_field (self, name, CB_FIELD_MULTI_CHOICE);
  if (index >= 0)
    cb_record_set_flags_at (self, index, value);
}

gboolean
cb_record_get_boolean (CbRecord   *self,
                       const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), FALSE);

  index = named_field (self, name, CB_FIELD_BOOLEAN);
  return index >= 0 && cb_record_get_boolean_at (self, index);
}

gint64
cb_record_get_integer (CbRecord   *self,
                       const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), 0);

  index = named_field (self, name, CB_FIELD_INTEGER);
  return index >= 0 ? cb_record_get_integer_at (self, index) : 0;
}

double
cb_record_get_decimal (CbRecord   *self,
                       const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), 0.0);

  index = named_field (self, name, CB_FIELD_DECIMAL);
  return index >= 0 ? cb_record_get_decimal_at (self, index) : 0.0;
}

void
cb_record_set_decimal (CbRecord   *self,
                       const char *name,
                       double      value)
{
  int index;

  g_return_if_fail (CB_IS_RECORD (self));

  index = named_field (self, name, CB_FIELD_DECIMAL);
  if (index >= 0)
    cb_record_set_decimal_at (self, index, value);
}

CbRecord *
cb_record_get_record (CbRecord   *self,
                      const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  index = named_field (self, name, CB_FIELD_RECORD);
  return index >= 0 ? cb_record_get_record_at (self, index) : NULL;
}

/* Few records have extra data (members a file had that this version does
 * not know): it is kept on the object, not in every record. */
static GQuark
extra_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("cb-record-extra");
  return quark;
}

gpointer
cb_record_get_extra (CbRecord *self)
{
  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), extra_quark ());
}

void
cb_record_set_extra (CbRecord       *self,
                     gpointer        extra,
                     GDestroyNotify  destroy)
{
  g_return_if_fail (CB_IS_RECORD (self));

  g_object_set_qdata_full (G_OBJECT (self), extra_quark (), extra, destroy);
}

gboolean
cb_record_get_editable (CbRecord *self)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  g_return_val_if_fail (CB_IS_RECORD (self), FALSE);

  return priv->editable;
}

void
cb_record_set_editable (CbRecord *self,
                        gboolean  editable)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  CbRecordClass *klass;

  g_return_if_fail (CB_IS_RECORD (self));

  priv->editable = !!editable;

  klass = CB_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (klass->fields[i].kind == CB_FIELD_RECORD)
        cb_record_set_editable (slot_get (self, i)->r, editable);
      else if (klass->fields[i].kind == CB_FIELD_TABLE && slot_get (self, i)->t != NULL &&
               slot_get (self, i)->t->items != NULL)
        for (guint r = 0; r < slot_get (self, i)->t->items->len; r++)
          cb_record_set_editable (slot_get (self, i)->t->items->pdata[r], editable);
    }
}

void
cb_record_freeze_changes (CbRecord *self)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  g_return_if_fail (CB_IS_RECORD (self));

  priv->freeze_count++;
}

void
cb_record_thaw_changes (CbRecord *self)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (priv->freeze_count > 0);

  priv->freeze_count--;
}

void
cb_record_class_set_variant_field (CbRecordClass *klass,
                                   const char    *field_name)
{
  int index;

  g_return_if_fail (CB_IS_RECORD_CLASS (klass));

  index = cb_record_class_find_field (klass, field_name);
  g_return_if_fail (index >= 0 && klass->fields[index].kind == CB_FIELD_CHOICE);

  klass->variant_index = index;
}

gboolean
cb_record_group_applies (CbRecord           *self,
                         const CbFieldGroup *group)
{
  CbRecordClass *klass;
  const char *nick;

  g_return_val_if_fail (CB_IS_RECORD (self), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  klass = CB_RECORD_GET_CLASS (self);
  if (group->variant == NULL || klass->variant_index < 0)
    return TRUE;

  nick = cb_enum_to_nick (G_PARAM_SPEC_VALUE_TYPE (klass->field_pspecs[klass->variant_index]),
                          slot_get (self, klass->variant_index)->e);
  return g_strcmp0 (nick, group->variant) == 0;
}

static guint
lines_for (const CbFieldSpec *spec)
{
  /* About a dozen handwritten words fit on a line. */
  if (spec->word_limit > 0)
    return MAX (2, spec->word_limit / 12);
  return 4;
}

/* One cell of a printed table, as people read it. */
static char *
cell_text (CbRecord *row,
           guint     index)
{
  CbRecordClass *klass = CB_RECORD_GET_CLASS (row);
  const CbFieldSpec *spec = &klass->fields[index];
  const Slot *slot = slot_get (row, index);

  switch (spec->kind)
    {
    case CB_FIELD_DATE:
      return cb_format_date (slot->s);
    case CB_FIELD_TIME:
      return cb_format_time (slot->s);
    case CB_FIELD_BOOLEAN:
      return g_strdup (slot->b ? "✓" : "");
    case CB_FIELD_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, slot->i);
    case CB_FIELD_DECIMAL:
      return cb_format_decimal (slot->d);
    case CB_FIELD_CHOICE:
      {
        GType type = G_PARAM_SPEC_VALUE_TYPE (klass->field_pspecs[index]);

        if (slot->e == 0 && cb_enum_has_unset (type))
          return g_strdup ("");
        return g_strdup (cb_enum_get_label (type, slot->e));
      }
    case CB_FIELD_LINE:
    case CB_FIELD_TEXT:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
    case CB_FIELD_FILE:
      return g_strdup (slot->s != NULL ? slot->s : "");
    case CB_FIELD_MULTI_CHOICE:
    case CB_FIELD_LIST:
    case CB_FIELD_RECORD:
    case CB_FIELD_TABLE:
    default:
      return g_strdup ("");
    }
}

static void
describe_table (const CbFieldSpec *spec,
                GListModel        *rows,
                CbForm            *form,
                gboolean           blank)
{
  g_autoptr(GTypeClass) row_class = g_type_class_ref (spec->type_func ());
  CbRecordClass *klass = CB_RECORD_CLASS (row_class);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) headings = NULL;
  GPtrArray *cells = g_ptr_array_new ();
  guint n = blank ? 0 : g_list_model_get_n_items (rows);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if ((klass->fields[i].flags & (CB_FIELD_FLAG_NO_PRINT | CB_FIELD_FLAG_PRIVATE)) != 0)
        continue;
      g_strv_builder_add (columns, _(klass->fields[i].label));
      g_array_append_val (shown, i);
    }
  headings = g_strv_builder_end (columns);

  for (guint r = 0; r < n; r++)
    {
      g_autoptr(CbRecord) row = g_list_model_get_item (rows, r);
      char **line = g_new0 (char *, shown->len + 1);

      for (guint c = 0; c < shown->len; c++)
        line[c] = cell_text (row, g_array_index (shown, guint, c));
      g_ptr_array_add (cells, line);
    }

  cb_form_add_heading (form, _(spec->label));
  cb_form_add_table (form, (const char * const *) headings, cells, blank || n == 0 ? 4 : 0);
}

static void
describe_field (CbRecord          *self,
                guint              index,
                const CbFieldSpec *spec,
                CbForm            *form,
                gboolean           blank,
                gboolean           include_private)
{
  const Slot *slot = slot_get (self, index);
  const char *label = _(spec->label);

  switch (spec->kind)
    {
    case CB_FIELD_LINE:
    case CB_FIELD_EMAIL:
    case CB_FIELD_PHONE:
      cb_form_add_field (form, label, blank ? NULL : slot->s);
      break;

    case CB_FIELD_DATE:
      {
        g_autofree char *shown = blank ? NULL : cb_format_date (slot->s);
        cb_form_add_field (form, label, shown);
      }
      break;

    case CB_FIELD_TEXT:
      cb_form_add_text (form, label, blank ? NULL : slot->s, lines_for (spec));
      break;

    case CB_FIELD_TIME:
      {
        g_autofree char *shown = blank ? NULL : cb_format_time (slot->s);
        cb_form_add_field (form, label, shown);
      }
      break;

    case CB_FIELD_TABLE:
      describe_table (spec, G_LIST_MODEL (ensure_table (self, index)), form, blank);
      break;

    case CB_FIELD_INTEGER:
      {
        g_autofree char *shown = blank ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, slot->i);
        cb_form_add_field (form, label, shown);
      }
      break;

    case CB_FIELD_DECIMAL:
      {
        g_autofree char *shown = blank ? NULL : cb_format_decimal (slot->d);
        cb_form_add_field (form, label, shown);
      }
      break;

    case CB_FIELD_BOOLEAN:
      {
        const char *choices[] = { _("Yes"), _("No"), NULL };
        cb_form_add_checklist (form, label, choices, blank ? 0 : (slot->b ? 1 : 2));
      }
      break;

    case CB_FIELD_CHOICE:
    case CB_FIELD_MULTI_CHOICE:
      {
        GType type = G_PARAM_SPEC_VALUE_TYPE (CB_RECORD_GET_CLASS (self)->field_pspecs[index]);
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) choices = NULL;
        guint64 checked = 0;
        guint n = 0;

        if (spec->kind == CB_FIELD_CHOICE)
          {
            GEnumClass *klass = g_type_class_peek (type);
            gboolean has_unset = cb_enum_has_unset (type);

            for (guint i = has_unset ? 1 : 0; i < klass->n_values && n < 64; i++, n++)
              {
                g_strv_builder_add (builder, cb_enum_get_label (type, klass->values[i].value));
                if (!blank && slot->e == klass->values[i].value)
                  checked |= G_GUINT64_CONSTANT (1) << n;
              }
          }
        else
          {
            GFlagsClass *klass = g_type_class_peek (type);

            for (guint i = 0; i < klass->n_values && n < 64; i++, n++)
              {
                g_strv_builder_add (builder, cb_flag_get_label (type, klass->values[i].value));
                if (!blank && (slot->f & klass->values[i].value) != 0)
                  checked |= G_GUINT64_CONSTANT (1) << n;
              }
          }

        choices = g_strv_builder_end (builder);
        cb_form_add_checklist (form, label, (const char * const *) choices, checked);
      }
      break;

    case CB_FIELD_LIST:
      cb_form_add_list (form, label, blank ? NULL : (const char * const *) slot->v, 3);
      break;

    case CB_FIELD_RECORD:
      cb_form_add_heading (form, label);
      cb_record_describe (slot->r, form, include_private);
      break;

    case CB_FIELD_FILE:
    default:
      break;
    }
}

void
cb_record_describe (CbRecord *self,
                    CbForm   *form,
                    gboolean  include_private)
{
  CbRecordClass *klass;
  gboolean blank;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (form != NULL);

  klass = CB_RECORD_GET_CLASS (self);
  blank = cb_form_get_blank (form);

  for (guint g = 0; g < klass->n_groups; g++)
    {
      const CbFieldGroup *group = &klass->groups[g];
      gboolean heading_added = FALSE;

      if (!cb_record_group_applies (self, group))
        continue;

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const CbFieldSpec *spec = &klass->fields[i];

          if (g_strcmp0 (spec->group, group->id) != 0 ||
              (spec->flags & CB_FIELD_FLAG_NO_PRINT) != 0 ||
              ((spec->flags & CB_FIELD_FLAG_PRIVATE) != 0 && !include_private) ||
              (int) i == klass->variant_index)
            continue;

          if (!heading_added && klass->n_groups > 1)
            {
              cb_form_add_heading (form, _(group->title));
              heading_added = TRUE;
            }

          describe_field (self, i, spec, form, blank, include_private);
        }
    }
}

int
cb_record_class_get_variant_field (CbRecordClass *klass)
{
  g_return_val_if_fail (CB_IS_RECORD_CLASS (klass), -1);

  return klass->variant_index;
}

GListModel *
cb_record_get_table (CbRecord   *self,
                     const char *name)
{
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  index = named_field (self, name, CB_FIELD_TABLE);
  return index >= 0 ? G_LIST_MODEL (ensure_table (self, index)) : NULL;
}

void
cb_record_add_row (CbRecord   *self,
                   const char *name,
                   CbRecord   *row)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  int index;

  g_return_if_fail (CB_IS_RECORD (self));
  g_return_if_fail (CB_IS_RECORD (row));

  index = named_field (self, name, CB_FIELD_TABLE);
  if (index < 0 || (priv->freeze_count == 0 && !priv->editable))
    return;

  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (row, CB_RECORD_GET_CLASS (self)->fields[index].type_func ()));

  cb_rows_append (ensure_table (self, index), row);
  rows_changed (self, index, row);
}

CbRecord *
cb_record_append_row (CbRecord   *self,
                      const char *name)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  g_autoptr(CbRecord) row = NULL;
  int index;

  g_return_val_if_fail (CB_IS_RECORD (self), NULL);

  index = named_field (self, name, CB_FIELD_TABLE);
  if (index < 0 || !priv->editable)
    return NULL;

  row = g_object_new (CB_RECORD_GET_CLASS (self)->fields[index].type_func (), NULL);
  cb_rows_append (ensure_table (self, index), row);
  rows_changed (self, index, row);
  return row;
}

void
cb_record_remove_row (CbRecord   *self,
                      const char *name,
                      CbRecord   *row)
{
  CbRecordPrivate *priv = cb_record_get_instance_private (self);
  guint position;
  int index;

  g_return_if_fail (CB_IS_RECORD (self));

  index = named_field (self, name, CB_FIELD_TABLE);
  if (index < 0 || !priv->editable)
    return;

  if (cb_rows_find (slot_get (self, index)->t, row, &position))
    {
      g_object_ref (row);
      cb_rows_remove (slot_get (self, index)->t, position);
      /* Its edits are no longer edits of this record. */
      release_child (self, row);
      g_object_unref (row);
      rows_changed (self, index, NULL);
    }
}
