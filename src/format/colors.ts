/**
 * A theme colour reaches the stylesheet only if it is a CSS colour: a hex colour, rgb()/hsl()
 * with plain numbers, or a named colour. Anything else (a `;`, a `}`, `url(`, `</style>`) is
 * rejected, so a colour option can never inject CSS or markup.
 */
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const NUMBER = String.raw`\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:%|deg|turn|rad)?\s*`;
const FUNCTIONAL = new RegExp(`^(?:rgba?|hsla?)\\(${NUMBER}(?:[,/\\s]${NUMBER}){2,3}\\)$`, 'i');

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
  if (HEX.test(text) || FUNCTIONAL.test(text)) return text;
  return NAMED.has(text.toLowerCase()) ? text.toLowerCase() : undefined;
}
