"""A tiny corpus written for the tests: three outlets, three dates, four people.

- Elena Vasquez is quoted in two articles on different dates, and changes her position.
- Peter Okafor speaks once; Ruth Lindqvist speaks in an article that also makes its own claims.
- "Engineers" are a vague group, never a named person; the bylines are never speakers.
"""

TERMINAL_2023 = """---
title: Port chief promises terminal on time
date: 2023-03-14
source: Harbor Gazette
author: Dana Whitfield
---
Port Authority chief Elena Vasquez said on Tuesday that the new container terminal will double the port's capacity by 2026.

“We are building the terminal this city has needed for thirty years,” Vasquez told reporters at the pier. “Nobody should doubt that it will be finished on time,” she added.

The terminal has already cost more than $400 million, well above the original estimate.

Councilman Peter Okafor argued that the budget overruns should be investigated by an independent auditor. “Taxpayers deserve to know where every dollar went,” he said.
"""

TERMINAL_2024 = """---
title: Terminal delayed by two years, port chief admits
date: 2024-09-02
source: Coastal Times
author: Marcus Reed
---
Elena Vasquez conceded on Monday that the container terminal will open two years later than planned.

“The delays are real, and I take full responsibility for them,” the port chief said during a hearing at city hall.

Construction crews found contaminated soil at the site last spring, forcing a lengthy cleanup.
"""

LEVEE_2022 = """date 2022-05-20 Town council backs levee upgrade

The river has flooded three times in the past decade, damaging hundreds of homes along its banks.

Mayor Ruth Lindqvist said that the levee upgrade is the town's top priority for the coming year.

“If we wait another year, we are gambling with people's homes,” Lindqvist said.

Engineers have long warned that the old levee was never designed for storms of this size.
"""

ARTICLES = {
    "terminal-2023.md": TERMINAL_2023,
    "terminal-2024.md": TERMINAL_2024,
    "levee-2022.txt": LEVEE_2022,
}
