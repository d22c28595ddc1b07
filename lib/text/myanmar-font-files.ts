// Written by scripts/subset-myanmar-font.sh: do not edit.
/* eslint-disable max-len -- a font, inlined as base64 */

/** The Burmese font's address (public/fonts/, named by its content: cached for a year). */
export const MYANMAR_FONT_URL = "/fonts/noto-sans-myanmar-burmese-400.8b5829d5.woff2";

/** The blank stand-in's @font-face: Burmese letters' widths, no outlines (see the script). */
export const MYANMAR_PLACEHOLDER_FACE =
  '@font-face{font-family:"Myanmar Placeholder";src:url("data:font/woff2;base64,d09GMgABAAAAAAKIAAoAAAAABQQAAAI8AAIbZAAAAAAAAAAAAAAAAAAAAAAAAAAABmAAdgoYgWQBNgIkA4JQC4EsAAQgBYFOByAbcQQgLgPsxmQ7RVVVgU2xUxgGVewvIgD2qW+ZR40AXGO3/R5RS6KhiFjSlEwqlETsZGgQCo/Ps7/3PrQPuAGMk5UAJDWHtgaXsrNQCN97exdohcLYNaUK3ygpCgB4cseft7a3tcUHWPzFwzTFJKcksPjn+4udf/ctr3ippphJvkAJBZs1E2zAacCS2LjTgA/dTA/jdA4r5ITWoGUBTaGx2MciK8KEAsEHxDd3dbfy1GJsTnFBig9rS8TXFmz0nxHOnCuJWJnHlKcY0zXQBxJY2ZkmdzCdqf5KPrpVwBvEtp6gD42IDE0oAU1oV6AOF0XdjUShM9Wbzv/V4d7JVIa6xf8NP8KvEH7+s7eEGrQAYE5SSlpMnJlFDuAI8IGAhBxQBQJ/XKrMKuP09QsABMTOR7Nw3xH+ouwbfJ7n4Ku8NieE0fWtRASBJ7t9+bsbEE4JAMBBLKlKDb7OjI55Gj0tcic8ze4ueGv0tSNSYXk8tNriDp14bs4XT0Mp6WtG06ZUkL4z+JSRaXByTb5uTYnAKS8/tMbMMfXQZCR7TNIYvGGCaygvPVm+bfiUgILKk5wtc91SWanNSTOsPkScTdEQBraBN/3akmzC1xboPQTFOkVcjP+o+3+gkGG2NjcUA+DvX+HZ8rOhUFkMCn0qX0TZ26nLswMg4AgtfL253DxKSOWCEQi5qMYIlxniHqa07yoxq0SmUbW6dKrVRytHh1r1GrXo1qFBoz55GjUb1KFWn9W39pyyHB1TXO0/HQAA") format("woff2");' +
  "font-display:block;unicode-range:U+1000-104F,U+200B-200D,U+25CC}";
