/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-lifecycle-stepper"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-enums.h"
#include "cb-lifecycle-stepper.h"

#define N_STAGES 6

struct _CbLifecycleStepper
{
  GtkWidget         parent_instance;

  CbClient         *client;
  CbLifecycleStage  stage;
  CbNextStepKind    next_step;

  GtkLabel         *stage_label;
  GtkBox           *steps_box;
  GtkWidget        *suggestion_box;
  GtkLabel         *suggestion_label;
  GtkButton        *step_button;
  GtkWidget        *steps[N_STAGES];
  GtkWidget        *marks[N_STAGES];
};

G_DEFINE_FINAL_TYPE (CbLifecycleStepper, cb_lifecycle_stepper, GTK_TYPE_WIDGET)

/* 000 Track 3, one sentence each, for the tooltip of each stage. */
static const char *stage_descriptions[N_STAGES] = {
  N_("You and the learner agree to work together to achieve agreed objectives."),
  N_("You start to develop your relationship."),
  N_("You and the learner actively address issues and agree development plans."),
  N_("The learner puts the development plan into action; you listen and give effective feedback."),
  N_("You review and evaluate the development plan and the relationship."),
  N_("It is time to move on: the relationship has achieved its objectives and the learner no longer needs your help."),
};

static void
update (CbLifecycleStepper *self)
{
  CbNextStep step = { 0, };
  const char *button_label = NULL;
  g_autofree char *stage_text = NULL;

  if (self->client != NULL)
    {
      step = cb_relationship_suggest (self->client, NULL);
      self->stage = cb_relationship_derive_stage (self->client, NULL);
      self->next_step = step.kind;
      button_label = cb_next_step_get_button_label (&step, self->client);
    }
  else
    {
      self->stage = CB_LIFECYCLE_STAGE_GAINING_COMMITMENT;
      self->next_step = CB_NEXT_STEP_NONE_YET;
    }

  for (int i = 0; i < N_STAGES; i++)
    {
      GtkWidget *item = self->steps[i];
      gboolean past = i < (int) self->stage;
      gboolean current = i == (int) self->stage;
      g_autofree char *number = g_strdup_printf ("%d", i + 1);

      if (past)
        {
          gtk_widget_add_css_class (item, "cb-step-past");
          gtk_widget_remove_css_class (item, "cb-step-current");
        }
      else if (current)
        {
          gtk_widget_remove_css_class (item, "cb-step-past");
          gtk_widget_add_css_class (item, "cb-step-current");
        }
      else
        {
          gtk_widget_remove_css_class (item, "cb-step-past");
          gtk_widget_remove_css_class (item, "cb-step-current");
        }
      gtk_label_set_label (GTK_LABEL (self->marks[i]), past ? "✓" : number);
      gtk_accessible_update_state (GTK_ACCESSIBLE (item),
                                   GTK_ACCESSIBLE_STATE_SELECTED, current,
                                   -1);
    }

  /* Translators: the lifecycle stage of a relationship, e.g. "Stage 3 of 6: Working together" */
  stage_text = g_strdup_printf (_("Stage %d of %d: %s"), (int) self->stage + 1, N_STAGES,
                                cb_enum_get_label (CB_TYPE_LIFECYCLE_STAGE, self->stage));
  gtk_label_set_label (self->stage_label, stage_text);

  gtk_widget_set_visible (self->suggestion_box, self->client != NULL && step.message != NULL);
  gtk_label_set_label (self->suggestion_label, step.message != NULL ? step.message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->step_button), button_label != NULL);
  if (button_label != NULL)
    gtk_button_set_label (self->step_button, button_label);

  /* The step to take is the suggested action when it continues the
   * relationship; ending it is never pressed on anyone. */
  if (self->next_step == CB_NEXT_STEP_READY_TO_CLOSE && !cb_relationship_has_ended (self->client, NULL))
    gtk_widget_remove_css_class (GTK_WIDGET (self->step_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->step_button), "suggested-action");
}

static void
on_client_changed_cb (CbLifecycleStepper *self)
{
  update (self);
}

static void
disconnect_client (CbLifecycleStepper *self)
{
  if (self->client == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->client, on_client_changed_cb, self);
  g_signal_handlers_disconnect_by_func (cb_client_get_documents (self->client), on_client_changed_cb, self);
}

static GtkWidget *
create_step (CbLifecycleStepper *self,
             int                 i)
{
  const char *name = cb_enum_get_label (CB_TYPE_LIFECYCLE_STAGE, i);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", name, _(stage_descriptions[i]));
  GtkWidget *box, *mark, *label;

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_VERTICAL,
                      "spacing", 4,
                      "tooltip-text", tooltip,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                      NULL);
  gtk_widget_add_css_class (box, "cb-step");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(stage_descriptions[i]),
                                  -1);

  mark = g_object_new (GTK_TYPE_LABEL,
                       "halign", GTK_ALIGN_CENTER,
                       "width-request", 24,
                       "height-request", 24,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_widget_add_css_class (mark, "cb-step-mark");
  gtk_widget_add_css_class (mark, "numeric");

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", name,
                        "justify", GTK_JUSTIFY_CENTER,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "lines", 3,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        "width-chars", 4,
                        "max-width-chars", 12,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "cb-step-name");

  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), label);
  self->marks[i] = mark;

  return box;
}

static void
cb_lifecycle_stepper_dispose (GObject *object)
{
  CbLifecycleStepper *self = CB_LIFECYCLE_STEPPER (object);

  disconnect_client (self);
  g_clear_object (&self->client);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_LIFECYCLE_STEPPER);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (cb_lifecycle_stepper_parent_class)->dispose (object);
}

static void
cb_lifecycle_stepper_class_init (CbLifecycleStepperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_lifecycle_stepper_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/coachbook/Coachbook/ui/cb-lifecycle-stepper.ui");
  gtk_widget_class_bind_template_child (widget_class, CbLifecycleStepper, stage_label);
  gtk_widget_class_bind_template_child (widget_class, CbLifecycleStepper, steps_box);
  gtk_widget_class_bind_template_child (widget_class, CbLifecycleStepper, suggestion_box);
  gtk_widget_class_bind_template_child (widget_class, CbLifecycleStepper, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, CbLifecycleStepper, step_button);
}

static void
cb_lifecycle_stepper_init (CbLifecycleStepper *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->steps_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stages of the relationship"),
                                  -1);
  for (int i = 0; i < N_STAGES; i++)
    {
      self->steps[i] = create_step (self, i);
      gtk_box_append (self->steps_box, self->steps[i]);
    }

  update (self);
}

GtkWidget *
cb_lifecycle_stepper_new (void)
{
  return g_object_new (CB_TYPE_LIFECYCLE_STEPPER, NULL);
}

CbClient *
cb_lifecycle_stepper_get_client (CbLifecycleStepper *self)
{
  g_return_val_if_fail (CB_IS_LIFECYCLE_STEPPER (self), NULL);

  return self->client;
}

void
cb_lifecycle_stepper_set_client (CbLifecycleStepper *self,
                                 CbClient           *client)
{
  g_return_if_fail (CB_IS_LIFECYCLE_STEPPER (self));
  g_return_if_fail (client == NULL || CB_IS_CLIENT (client));

  if (self->client == client)
    return;

  disconnect_client (self);
  g_set_object (&self->client, client);

  if (client != NULL)
    {
      /* Its own fields (status, end date), documents coming and going,
       * and edits of them (an objective's status, a review's date). */
      g_signal_connect_swapped (client, "notify", G_CALLBACK (on_client_changed_cb), self);
      g_signal_connect_swapped (client, "child-changed", G_CALLBACK (on_client_changed_cb), self);
      g_signal_connect_swapped (cb_client_get_documents (client), "items-changed",
                                G_CALLBACK (on_client_changed_cb), self);
    }

  update (self);
}

void
cb_lifecycle_stepper_update (CbLifecycleStepper *self)
{
  g_return_if_fail (CB_IS_LIFECYCLE_STEPPER (self));

  update (self);
}

CbLifecycleStage
cb_lifecycle_stepper_get_stage (CbLifecycleStepper *self)
{
  g_return_val_if_fail (CB_IS_LIFECYCLE_STEPPER (self), 0);

  return self->stage;
}

CbNextStepKind
cb_lifecycle_stepper_get_next_step (CbLifecycleStepper *self)
{
  g_return_val_if_fail (CB_IS_LIFECYCLE_STEPPER (self), 0);

  return self->next_step;
}

const char *
cb_lifecycle_stepper_get_suggestion (CbLifecycleStepper *self)
{
  g_return_val_if_fail (CB_IS_LIFECYCLE_STEPPER (self), NULL);

  return gtk_label_get_label (self->suggestion_label);
}

GtkButton *
cb_lifecycle_stepper_get_button (CbLifecycleStepper *self)
{
  g_return_val_if_fail (CB_IS_LIFECYCLE_STEPPER (self), NULL);

  return self->step_button;
}

const char *
cb_next_step_get_button_label (const CbNextStep *step,
                               CbClient         *client)
{
  g_return_val_if_fail (step != NULL, NULL);

  switch (step->kind)
    {
    case CB_NEXT_STEP_NO_AGREEMENT:
      return _("New _Agreement…");
    case CB_NEXT_STEP_NO_PLAN:
      return _("New _Plan");
    case CB_NEXT_STEP_PLAN_NOT_SMART:
      return _("Open _Plan");
    case CB_NEXT_STEP_NO_MEETING_YET:
      return _("New _Meeting");
    case CB_NEXT_STEP_NO_REVIEW_FOR_3_MONTHS:
    case CB_NEXT_STEP_REVIEW_DUE:
      return _("New _Review");
    case CB_NEXT_STEP_READY_TO_CLOSE:
      if (client != NULL && cb_relationship_has_ended (client, NULL))
        return _("New Summative _Review");
      return _("_End Relationship…");
    case CB_NEXT_STEP_EVALUATION_MISSING:
      return _("New _Evaluation");
    case CB_NEXT_STEP_NONE_YET:
    case CB_NEXT_STEP_ENDED:
    default:
      return NULL;
    }
}
