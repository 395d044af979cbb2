"""All eval7 items: (query, [node specs], [unsupported spans], "manual tags").

The items are hand-written in seven modules of 16-32 items each; this file only
concatenates them in a fixed order.
"""

from items_a import ITEMS_A
from items_b import ITEMS_B
from items_c import ITEMS_C
from items_d import ITEMS_D
from items_e import ITEMS_E
from items_f import ITEMS_F
from items_g import ITEMS_G

ITEMS = ITEMS_A + ITEMS_B + ITEMS_C + ITEMS_D + ITEMS_E + ITEMS_F + ITEMS_G
