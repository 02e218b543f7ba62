Attribute VB_Name = "xlrecon"
' xlrecon: the button that checks this workbook (see the README's section "From Excel").
'
' RunXlrecon runs one fixed Python call through the xlwings add-in's RunPython, never a module
' named after the workbook (that breaks on file names in Chinese):
'     import xlrecon.excel as x; x.run_from_excel()
' It needs the xlwings add-in of the release below (xlwings.xlam; "xlrecon excel install"
' runs xlwings' installer) and the Python package xlrecon[excel] on the interpreter that the
' xlwings.conf sheet names. It is called through Application.Run, so the workbook needs no
' reference to the add-in; when the add-in is missing the message below says what to do.
' This module is plain ASCII: VBA reads a module in the system's code page, so its Chinese
' texts are written \uXXXX and decoded by Unescape.
Option Explicit

Public Const XLRECON_XLWINGS_VERSION As String = "0.37.8"

Public Sub RunXlrecon()
    On Error GoTo Failed
    Application.Run "xlwings.xlam!RunPython", "import xlrecon.excel as x; x.run_from_excel()"
    Exit Sub
Failed:
    MsgBox Unescape("xlrecon \u672A\u80FD\u542F\u52A8\uFF1A") & Err.Description & vbCrLf & vbCrLf & _
           Unescape("\u8BF7\u786E\u8BA4\uFF1A\u5DF2\u5B89\u88C5 xlwings ") & XLRECON_XLWINGS_VERSION & Unescape(" \u52A0\u8F7D\u9879\uFF08\u5728\u547D\u4EE4\u884C\u8FD0\u884C xlrecon excel install\uFF09\uFF1B\u5DF2\u542F\u7528\u5B8F\uFF1Bxlwings.conf \u5DE5\u4F5C\u8868\u4E2D\u7684 Interpreter_Win \u662F python \u7684\u5B8C\u6574\u8DEF\u5F84\u3002") & vbCrLf & vbCrLf & _
           "xlrecon could not start: " & Err.Description & vbCrLf & _
           "Check that the xlwings " & XLRECON_XLWINGS_VERSION & " add-in is installed (run xlrecon excel install), " & _
           "that macros are enabled, and that Interpreter_Win on the xlwings.conf sheet is the full path of python.", _
           vbExclamation, "xlrecon"
End Sub

' A text with its non-ASCII characters written \uXXXX: Unescape("\u6838\u5BF9") is the two characters 6838 5BF9.
Private Function Unescape(ByVal s As String) As String
    Dim i As Long
    i = InStr(1, s, "\u")
    Do While i > 0
        s = Left$(s, i - 1) & ChrW$(CLng("&H" & Mid$(s, i + 2, 4) & "&")) & Mid$(s, i + 6)
        i = InStr(i + 1, s, "\u")
    Loop
    Unescape = s
End Function
