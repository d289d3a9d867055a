/* Validates DocBook articles from several threads against ONE parsed RELAX NG schema, each
 * validation with its own context, as recit does. Run under valgrind's helgrind and drd by
 * RelaxNGSharingTests: they report any data race inside libxml2 (which the Swift thread
 * sanitizer cannot see, libxml2 not being instrumented). Exit status: 0 when every verdict is
 * right, 1 otherwise. Built with -DPLANTED_RACE, the threads also bump a shared counter without a
 * lock: the test checks that the detectors do report that one, so that their silence means
 * something.
 *
 *   relaxng-stress SCHEMA.rng THREADS ITERATIONS
 */
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static xmlRelaxNGPtr schema;
static int iterations;
/* Every thread waits here, so that their validations overlap under valgrind's scheduler. */
static pthread_barrier_t start;
static const char *valid =
    "<article xmlns='http://docbook.org/ns/docbook' version='5.0'><title>T</title>"
    "<para>x <emphasis>y</emphasis></para><itemizedlist><listitem><para>a</para></listitem>"
    "</itemizedlist></article>";
static const char *invalid =
    "<article xmlns='http://docbook.org/ns/docbook' version='5.0'><title>T</title>"
    "<para><section/></para><bogus/></article>";

#ifdef PLANTED_RACE
/* Bumped right after the barrier, before any libxml2 call: libxml2's own locks would otherwise
 * order the accesses and hide the race from a happens-before detector. */
static volatile long planted;
#endif

static void quiet(void *context, xmlErrorPtr error) { (void)context; (void)error; }

static void *work(void *argument) {
  long id = (long)argument;
  long wrong = 0;
  pthread_barrier_wait(&start);
#ifdef PLANTED_RACE
  for (int k = 0; k < 100; k++) planted++;
#endif
  for (int i = 0; i < iterations; i++) {
    int wantValid = (i + id) % 2 == 0;
    const char *text = wantValid ? valid : invalid;
    xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), "x.xml", NULL, XML_PARSE_NONET);
    xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt(schema);
    xmlRelaxNGSetValidStructuredErrors(context, quiet, NULL);
    int result = xmlRelaxNGValidateDoc(context, doc);
    if ((result == 0) != wantValid) wrong++;
    xmlRelaxNGFreeValidCtxt(context);
    xmlFreeDoc(doc);
  }
  return (void *)wrong;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: relaxng-stress SCHEMA.rng THREADS ITERATIONS\n");
    return 2;
  }
  int threads = atoi(argv[2]);
  iterations = atoi(argv[3]);
  if (threads < 1 || threads > 64 || iterations < 1) return 2;
  xmlInitParser();
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(argv[1]);
  schema = xmlRelaxNGParse(parser);
  xmlRelaxNGFreeParserCtxt(parser);
  if (schema == NULL) return 2;
  pthread_t thread[64];
  pthread_barrier_init(&start, NULL, (unsigned)threads);
  long wrong = 0;
  for (long i = 0; i < threads; i++) pthread_create(&thread[i], NULL, work, (void *)i);
  for (int i = 0; i < threads; i++) {
    void *result;
    pthread_join(thread[i], &result);
    wrong += (long)result;
  }
  printf("threads=%d iterations=%d wrong=%ld\n", threads, iterations, wrong);
  xmlRelaxNGFree(schema);
  xmlCleanupParser();
  return wrong == 0 ? 0 : 1;
}
