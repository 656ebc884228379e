/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cb-practice.h"

G_BEGIN_DECLS

/* A client book as real ones look, for the benchmark and the tests of
 * large practices: clients with years of meetings made from the sample's
 * own text, two or three actions each, most old ones never ticked, a
 * development plan and a review a year, private notes now and then,
 * meetings booked for today and the week ahead. Deterministic: the same
 * options and day give the same book. */
typedef struct
{
  guint n_clients;
  guint meetings_per_client;
  guint years;               /* the history spans this many years up to today */
} CbTestBookOptions;

void cb_test_book_fill (CbPractice              *practice,
                        const CbTestBookOptions *options,
                        const GDate             *today);

/* The words the book uses in a few places only, for searches: a meeting
 * summary, an action and a private note of the first client. */
#define CB_TEST_BOOK_SUMMARY_WORD "Zugspitze"
#define CB_TEST_BOOK_ACTION_WORD  "Übungsplan"
#define CB_TEST_BOOK_PRIVATE_WORD "Kilimanjaro"
/* The first client's name. */
#define CB_TEST_BOOK_FIRST_CLIENT "Zofia Wiśniewska"

G_END_DECLS
