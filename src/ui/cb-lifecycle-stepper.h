/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cb-client.h"
#include "cb-relationship.h"

G_BEGIN_DECLS

#define CB_TYPE_LIFECYCLE_STEPPER (cb_lifecycle_stepper_get_type ())

G_DECLARE_FINAL_TYPE (CbLifecycleStepper, cb_lifecycle_stepper, CB, LIFECYCLE_STEPPER, GtkWidget)

/* Where a client's learning relationship stands: the six stages of 000
 * Track 3 as a compact stepper, the stage derived from what exists
 * (cb_relationship_derive_stage()) marked, and the next useful step
 * (cb_relationship_suggest()) as a sentence with a button that does it,
 * where there is something to do. The button activates
 * "client.next-step", which the client page provides. The stepper follows
 * the client live: its status and dates, documents added or removed, and
 * edits of its documents. */
GtkWidget        *cb_lifecycle_stepper_new             (void);
CbClient         *cb_lifecycle_stepper_get_client      (CbLifecycleStepper *self);
void              cb_lifecycle_stepper_set_client      (CbLifecycleStepper *self,
                                                        CbClient           *client);
/* Derives the stage and step again (the stepper does this itself on
 * changes; for a change of day). */
void              cb_lifecycle_stepper_update          (CbLifecycleStepper *self);
CbLifecycleStage  cb_lifecycle_stepper_get_stage       (CbLifecycleStepper *self);
CbNextStepKind    cb_lifecycle_stepper_get_next_step   (CbLifecycleStepper *self);
const char       *cb_lifecycle_stepper_get_suggestion  (CbLifecycleStepper *self);
/* The button doing the suggested thing; hidden when there is none. */
GtkButton        *cb_lifecycle_stepper_get_button      (CbLifecycleStepper *self);

/* The label of the button for a step of @client, or NULL when the step
 * has nothing to do ("New Plan", "End Relationship…"). */
const char       *cb_next_step_get_button_label        (const CbNextStep   *step,
                                                        CbClient           *client);

G_END_DECLS
