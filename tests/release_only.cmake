# Label release_only: tests that `./dev test` runs in the release tree only,
# not again under the sanitizers (`ctest -LE release_only` there). Each
# compares whole reports of several runs byte for byte (shards, thread
# counts, shards against parts, a batch's items freed or kept, a shell
# pipeline against one run) and so runs, many times over, code the other
# e2e tests already run under the sanitizers (a merge of shards into JSON
# Lines: PiiProperty.ReportCommands); or bounds the time of a long input
# (Scale.*), which the sanitizers' slow-down would break. The GoogleTest
# tests are discovered at build time, so they are labelled here
# (tests/CMakeLists.txt adds this file after gtest_discover_tests, as it
# does tests/costs.cmake); the others where tests/CMakeLists.txt adds them.
# A name here that no longer exists is ignored.
set_tests_properties(
  [=[Scale.LongCallIsLinear]=]
  [=[Scale.LongTemplateWithDirectivesIsLinear]=]
  [=[Scale.LongTemplateOfMixedLinesIsLinear]=]
  [=[Merge.ShardsGiveTheReportOfOneRunByteForByte]=]
  [=[Merge.JsonLinesShardsOfDirectories]=]
  [=[Merge.ManyBatchesWithReaderDiagnosticsBetweenRecords]=]
  [=[Merge.WritesJsonLinesAsOneRunWould]=]
  [=[Merge.ShardsAndPartsWriteTheSameHtml]=]
  [=[Merge.ShardsWithContextGiveTheHtmlOfOneRun]=]
  [=[MergeParts.OneRunPerFileGivesTheReportOfOneRun]=]
  [=[Audit.ResultsStayTheSameWhenBatchesFreeTheirItems]=]
  [=[Stats.SameFromJsonLinesAndFromShards]=]
  [=[Sample.SameSampleFromShardsAsFromOneReport]=]
  [=[User.ShardsSplitEveryFormatAcrossFiles]=]
  [=[User.OutputIsTheSameWhateverTheThreadCount]=]
  PROPERTIES LABELS release_only)
