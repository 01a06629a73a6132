<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContextMenus</name>
    <message numerus="yes">
        <source>&amp;Copy %n Meetings</source>
        <translation>
            <numerusform>&amp;Copy %n Meeting</numerusform>
            <numerusform>&amp;Copy %n Meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message numerus="yes">
        <source>Show all (%Ln more character(s))</source>
        <translation>
            <numerusform>Show all (%Ln more character)</numerusform>
            <numerusform>Show all (%Ln more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n meeting(s)</source>
        <translation>
            <numerusform>%1 of %n meeting</numerusform>
            <numerusform>%1 of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
</TS>
