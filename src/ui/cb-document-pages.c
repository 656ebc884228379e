/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cb-document-pages"

#include "config.h"

#include "cb-agreements-page.h"
#include "cb-cpd-page.h"
#include "cb-document-page-private.h"
#include "cb-evaluation-page.h"
#include "cb-journal-page.h"
#include "cb-meetings-page.h"
#include "cb-plans-page.h"
#include "cb-referrals-page.h"
#include "cb-reviews-page.h"
#include "cb-self-assessment-page.h"

/* The views of their own that Coachbook's document types have; any other
 * type is shown by CbDocumentPage as it is. Each page's class says which
 * document type it shows. */
static GType (* const builtin_pages[]) (void) = {
  cb_agreements_page_get_type,
  cb_meetings_page_get_type,
  cb_plans_page_get_type,
  cb_reviews_page_get_type,
  cb_referrals_page_get_type,
  cb_evaluation_page_get_type,
  cb_cpd_page_get_type,
  cb_self_assessment_page_get_type,
  cb_journal_page_get_type,
};

void
cb_document_page_register_builtin (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_pages); i++)
    {
      GType page_type = builtin_pages[i] ();
      g_autoptr(GTypeClass) klass = g_type_class_ref (page_type);

      cb_document_page_register (CB_DOCUMENT_PAGE_CLASS (klass)->document_type, page_type);
    }
}
