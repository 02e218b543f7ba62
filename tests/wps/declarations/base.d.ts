
/**
 * 这是具体化的any类型。
 * 这是用C++代码静态分析的方法分析api实现得到的类型定义。
 * 由于代码静态分析技术的局限性，类型可能有遗漏，或者不够准确的地方。
 * 如果类型有错误，欢迎在 {@link https://bbs.wps.cn/|WPS Office 官方社区}反馈。
 */
type TypedAny<T> = T

/**
 * 这是具体化的object类型。
 * 这是用C++代码静态分析的方法分析api实现得到的类型定义。
 * 由于代码静态分析技术的局限性，类型可能有遗漏，或者不够准确的地方。
 * 如果类型有错误，欢迎在 {@link https://bbs.wps.cn/|WPS Office 官方社区}反馈。
 */
type TypedIDispatch<T extends object> = T
