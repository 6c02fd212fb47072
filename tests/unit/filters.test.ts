import { suite } from "uvu";
import * as assert from "uvu/assert";
import { filters } from "../../scripts/site/filters.ts";

const pagefindFilter = suite("pagefindFilter()");

pagefindFilter("should escape commas, colons and backslashes the way Pagefind reads them", () => {
  assert.is(filters.pagefindFilter("Caliber.Az, Baku: news\\wire", "outlet"), "outlet:Caliber.Az\\, Baku\\: news\\\\wire");
});

pagefindFilter.run();
