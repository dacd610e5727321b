/**
 * A theme colour reaches the stylesheet only if it is a CSS colour: a hex colour, rgb()/hsl()
 * with plain numbers, or a named colour. Anything else (a `;`, a `}`, `url(`, `</style>`) is
 * rejected, so a colour option can never inject CSS or markup.
 */
import { LIMITS } from '../limits';

const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const FUNCTION_NAME = /^(?:rgba?|hsla?)\($/i;
// One component: "29", "0.5", ".5", "50%", "215deg". The fraction is optional as a whole, so
// no two quantifiers compete for the same digits.
const COMPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:%|deg|turn|rad)?$/i;

/** "rgb(29, 79, 145)", "hsl(215 67% 34%)", "rgba(0,0,0,.5)": three or four numbers. */
function isColorFunction(text: string): boolean {
  const open = text.indexOf('(');
  if (open < 0 || !FUNCTION_NAME.test(text.slice(0, open + 1)) || !text.endsWith(')')) return false;
  // Components are separated by white space, with at most one comma or slash between two.
  const components = text
    .slice(open + 1, -1)
    .split(/[,/]/)
    .flatMap((group) => (group.trim() === '' ? [''] : group.trim().split(/\s+/)));
  return components.length >= 3 && components.length <= 4 && components.every((c) => COMPONENT.test(c));
}

const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
    'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow ' +
    'lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

export function safeColor(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (text.length > LIMITS.colorChars) return undefined;
  if (HEX.test(text) || isColorFunction(text)) return text;
  return NAMED.has(text.toLowerCase()) ? text.toLowerCase() : undefined;
}
